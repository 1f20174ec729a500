package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.Redactor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The projection never contains planted personal data: random prose with a natural person's name, valid ID numbers,
 * mobile numbers, bank cards and e-mail addresses planted at random places; with every suggested span accepted, no
 * planted value is left in any field of the projection.
 */
class SuggestedProjectionPropertiesTest {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String SEPARATORS = "，。；：、（）《》 ";

    @Property(seed = "4711", tries = 300)
    void noPlantedValueSurvivesTheSuggestedSpans(@ForAll("prose") List<String> pieces, @ForAll Random random) {
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given(random);
        List<String> planted = new ArrayList<>(List.of(name));
        StringBuilder facts = new StringBuilder("当事人" + name + "，");
        for (String piece : pieces) {
            facts.append(piece).append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            String value = switch (random.nextInt(6)) {
                case 0 -> idNumber(random);
                case 1 -> "1" + (3 + random.nextInt(7)) + digits(random, 9);
                case 2 -> card(random);
                case 3 -> "u" + digits(random, 4) + "@example.cn";
                case 4 -> name;
                default -> null;
            };
            if (value != null) {
                planted.add(value);
                facts.append(value).append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            }
        }
        DecisionContent decision = new DecisionContent("某罚〔2024〕1号", DecisionType.PENALTY, name,
                PartyKind.NATURAL_PERSON, null, null, facts.toString(), List.of(), "决定对" + name + "罚款。", null,
                null, LocalDate.of(2024, 1, 2), false, false);

        DecisionContent projected = (DecisionContent) Redactor.project(decision,
                RedactionSuggester.suggest(decision));

        for (String text : projected.redactableFields().values()) {
            for (String value : planted) {
                assertThat(text).as("planted %s", value).doesNotContain(value);
            }
        }
    }

    private static String given(Random random) {
        String chars = "建国芳华明伟丽军强敏静";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    private static String idNumber(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        String first17 = "3601" + String.format("%02d", 1 + random.nextInt(30))
                + birth.toString().replace("-", "") + digits(random, 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String card(Random random) {
        String body = "622848" + digits(random, 12);
        for (int check = 0; check < 10; check++) {
            if (BankAccountDetector.luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException();
    }

    @Provide
    Arbitrary<List<String>> prose() {
        return Arbitraries.strings().withChars("经查当事人于年月日在销售药品食品的行为违反了规定本局决定处罚款元").ofMinLength(1)
                .ofMaxLength(20).list().ofMaxSize(8);
    }
}
