package cn.zfgs.content.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Random texts in the three free-text fields of a decision and random non-overlapping spans (possibly touching,
 * given in random order): the projection is the text with exactly those ranges replaced.
 */
class RedactorPropertiesTest {

    private static final String MASK = "×";

    private static DecisionContent decision(String partyName, String facts, String result) {
        return new DecisionContent("某罚〔2024〕1号", DecisionType.PENALTY, partyName, PartyKind.NATURAL_PERSON, null,
                1L, facts, List.of(), result, BigDecimal.ONE, null, LocalDate.of(2024, 1, 2), false, false);
    }

    /** Oracle: replaces the ranges from the last to the first, so that earlier offsets stay valid. */
    private static String replaced(String text, List<RedactionSpan> spans) {
        List<RedactionSpan> lastFirst = new ArrayList<>(spans);
        lastFirst.sort(Comparator.comparingInt(RedactionSpan::start).reversed());
        String out = text;
        for (RedactionSpan s : lastFirst) {
            out = out.substring(0, s.start()) + s.replacement() + out.substring(s.end());
        }
        return out;
    }

    /**
     * Lays out spans over {@code text}: each (gap, length) pair skips {@code gap} characters after the previous span
     * and covers {@code length} characters; pairs that would run past the end are dropped.
     */
    private static List<RedactionSpan> layOut(String field, String text, List<Tuple2<Integer, Integer>> gapsAndLengths,
            List<String> replacements) {
        List<RedactionSpan> spans = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < gapsAndLengths.size(); i++) {
            int start = at + gapsAndLengths.get(i).get1();
            int length = gapsAndLengths.get(i).get2();
            if (start + length > text.length()) {
                break;
            }
            RedactionCategory category = RedactionCategory.values()[i % RedactionCategory.values().length];
            spans.add(new RedactionSpan(field, start, length, category, replacements.get(i % replacements.size())));
            at = start + length;
        }
        return spans;
    }

    @Property(seed = "424242", tries = 400)
    void theProjectionOfEachFieldIsItsTextWithTheSpansReplaced(
            @ForAll("texts") String partyName, @ForAll("texts") String facts, @ForAll("texts") String result,
            @ForAll("layouts") List<Tuple2<Integer, Integer>> partyLayout,
            @ForAll("layouts") List<Tuple2<Integer, Integer>> factsLayout,
            @ForAll("replacements") List<String> replacements, @ForAll Random random) {
        DecisionContent original = decision(partyName, facts, result);
        List<RedactionSpan> partySpans = layOut(DecisionContent.PARTY_NAME, partyName, partyLayout, replacements);
        List<RedactionSpan> factSpans = layOut(DecisionContent.FACTS, facts, factsLayout, replacements);
        List<RedactionSpan> all = new ArrayList<>(partySpans);
        all.addAll(factSpans);
        Collections.shuffle(all, random);

        DecisionContent projected = (DecisionContent) Redactor.project(original, all);

        assertThat(projected.partyName()).isEqualTo(replaced(partyName, partySpans));
        assertThat(projected.facts()).isEqualTo(replaced(facts, factSpans));
        assertThat(projected.result()).as("a field without spans").isEqualTo(result);
        assertThat(projected.withFields(original.redactableFields())).as("nothing else changed").isEqualTo(original);
    }

    /**
     * With a mask as long as the hidden text: every character under a span is masked, every other one is kept
     * where it was; so nothing of the original text under a span remains at its place.
     */
    @Property(seed = "20240301", tries = 400)
    void nothingUnderASpanSurvivesAndEverythingElseStaysInPlace(@ForAll("texts") String facts,
            @ForAll("layouts") List<Tuple2<Integer, Integer>> layout, @ForAll Random random) {
        List<RedactionSpan> spans = new ArrayList<>();
        for (RedactionSpan s : layOut(DecisionContent.FACTS, facts, layout, List.of(MASK))) {
            spans.add(new RedactionSpan(s.field(), s.start(), s.length(), s.category(), MASK.repeat(s.length())));
        }
        Collections.shuffle(spans, random);

        String projected = Redactor.project(decision("某", facts, "结果"), spans).redactableFields()
                .get(DecisionContent.FACTS);

        assertThat(projected).hasSameSizeAs(facts);
        for (int i = 0; i < facts.length(); i++) {
            int at = i;
            boolean hidden = spans.stream().anyMatch(s -> s.start() <= at && at < s.end());
            assertThat(projected.charAt(i)).as("character %d of %s", i, facts)
                    .isEqualTo(hidden ? MASK.charAt(0) : facts.charAt(i));
        }
        for (RedactionSpan s : spans) {
            assertThat(projected.substring(s.start(), s.end())).isNotEqualTo(facts.substring(s.start(), s.end()));
        }
    }

    /** Any two spans of one field that share a character are refused, in whichever order they come. */
    @Property(seed = "777", tries = 300)
    void overlappingSpansAreAlwaysRefused(@ForAll("texts") String facts, @ForAll Random random) {
        if (facts.length() < 2) {
            return;
        }
        int aStart = random.nextInt(facts.length() - 1);
        int aLength = 1 + random.nextInt(facts.length() - aStart);
        int shared = aStart + random.nextInt(aLength);
        int bStart = random.nextInt(shared + 1);
        int bLength = shared - bStart + 1 + random.nextInt(facts.length() - shared);
        RedactionSpan a = new RedactionSpan(DecisionContent.FACTS, aStart, aLength, RedactionCategory.OTHER, MASK);
        RedactionSpan b = new RedactionSpan(DecisionContent.FACTS, bStart, bLength, RedactionCategory.OTHER, MASK);
        List<RedactionSpan> spans = new ArrayList<>(List.of(a, b));
        Collections.shuffle(spans, random);

        assertThat(a.overlaps(b)).isTrue();
        assertThatThrownBy(() -> Redactor.project(decision("某", facts, "r"), spans))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("字段“facts”的屏蔽区段相互重叠");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange('一', '龥')
                .withChars("0123456789abcXYZ，。；：（）《》 \n")
                .ofMaxLength(80);
    }

    @Provide
    Arbitrary<List<Tuple2<Integer, Integer>>> layouts() {
        Arbitrary<Integer> gaps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(0, 15)));
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 20);
        return Combinators.combine(gaps, lengths).as(Tuple::of).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> replacements() {
        return Arbitraries.of("×", "", "某某", "张某", "[已屏蔽]", "***").list().ofMinSize(1).ofMaxSize(4);
    }
}
