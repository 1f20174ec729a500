package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.redaction.Redactor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionSuggesterTest {

    private static final String FACTS = "当事人王建国，男，公民身份号码：360102195607018403，住址：江西省南昌市进贤县民和镇"
            + "李家村23号，联系电话：13673695801。2024年3月5日，本局执法人员在王建国位于进贤县民和镇府前路8号的门面检查时"
            + "发现其销售过期食品，货值金额1,280.00元。";
    private static final String RESULT = "依据《中华人民共和国食品安全法》第一百二十四条第一款，决定对王建国罚款人民币50,000.00元。";

    private static DecisionContent decision() {
        return new DecisionContent("进市监罚〔2024〕1234号", DecisionType.PENALTY, "王建国",
                PartyKind.NATURAL_PERSON, null, 1L, FACTS, List.of("《中华人民共和国食品安全法》第一百二十四条"),
                RESULT, new BigDecimal("50000"), null, LocalDate.of(2024, 4, 1), false, false);
    }

    @Test
    void suggestsEveryPersonalValueAndNothingElse() {
        List<RedactionSpan> spans = RedactionSuggester.suggest(decision());

        DecisionContent projected = (DecisionContent) Redactor.project(decision(), spans);

        assertThat(projected.partyName()).isEqualTo("王某某");
        assertThat(projected.facts()).isEqualTo("当事人王某某，男，公民身份号码：" + "×".repeat(18)
                + "，住址：江西省南昌市进贤县××，联系电话：" + "×".repeat(11) + "。2024年3月5日，本局执法人员在王某某位于"
                + "进贤县××的门面检查时发现其销售过期食品，货值金额1,280.00元。");
        assertThat(projected.result()).isEqualTo(
                "依据《中华人民共和国食品安全法》第一百二十四条第一款，决定对王某某罚款人民币50,000.00元。");
        assertThat(spans).extracting(RedactionSpan::category).contains(RedactionCategory.ID_NUMBER,
                RedactionCategory.PHONE, RedactionCategory.ADDRESS, RedactionCategory.PERSON_NAME);
    }

    @Test
    void overlappingFindingsLeaveEverythingFlaggedHidden() {
        List<Finding> found = new ArrayList<>(List.of(
                new Finding(0, 10, RedactionCategory.ADDRESS, "××"),
                new Finding(2, 5, RedactionCategory.PERSON_NAME, "王某"),
                new Finding(8, 14, RedactionCategory.PHONE, "×"),
                new Finding(20, 25, RedactionCategory.PHONE, "×"),
                new Finding(20, 25, RedactionCategory.ID_NUMBER, "×")));

        List<Finding> resolved = Detectors.resolve(found);

        assertThat(resolved).hasSize(2);
        assertThat(resolved.get(0)).satisfies(f -> {
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(14);
        });
        assertThat(resolved.get(1).category()).isEqualTo(RedactionCategory.ID_NUMBER);
    }
}
