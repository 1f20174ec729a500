package cn.zfgs.content.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.model.AgencyProfile;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 脱敏: the public projection applies the confirmed spans; invalid spans are refused with a Chinese message. */
class RedactorTest {

    private static final String FACTS = "当事人张三（身份证号110101199003071234，电话13800138000）于2024年1月5日销售过期食品。";
    private static final String RESULT = "对张三处以罚款5000元。";

    private static final DecisionContent DECISION = new DecisionContent("某市监罚〔2024〕7号", DecisionType.PENALTY,
            "张三", PartyKind.NATURAL_PERSON, null, 3L, FACTS, List.of("《中华人民共和国食品安全法》第一百二十四条"), RESULT,
            new BigDecimal("5000"), null, LocalDate.of(2024, 2, 1), false, false);

    private static RedactionSpan span(String field, String text, String hidden, RedactionCategory category,
            String replacement) {
        int start = text.indexOf(hidden);
        assertThat(start).as("fixture: %s in %s", hidden, text).isNotNegative();
        return new RedactionSpan(field, start, hidden.length(), category, replacement);
    }

    @Test
    void theProjectionReplacesEverySpanOfEveryFieldGivenInAnyOrder() {
        RedactionSpan phone = span("facts", FACTS, "13800138000", RedactionCategory.PHONE, "×");
        RedactionSpan id = span("facts", FACTS, "110101199003071234", RedactionCategory.ID_NUMBER, "×");
        RedactionSpan nameInFacts = span("facts", FACTS, "张三", RedactionCategory.PERSON_NAME, "张某");
        RedactionSpan party = new RedactionSpan("partyName", 0, 2, RedactionCategory.PERSON_NAME, "张某");

        Content projected = Redactor.project(DECISION, List.of(phone, party, id, nameInFacts));

        assertThat(projected).isEqualTo(new DecisionContent("某市监罚〔2024〕7号", DecisionType.PENALTY, "张某",
                PartyKind.NATURAL_PERSON, null, 3L, "当事人张某（身份证号×，电话×）于2024年1月5日销售过期食品。",
                List.of("《中华人民共和国食品安全法》第一百二十四条"), RESULT, new BigDecimal("5000"), null,
                LocalDate.of(2024, 2, 1), false, false));
    }

    @Test
    void fieldsWithoutSpansAndTheOriginalAreLeftAlone() {
        RedactionSpan nameInResult = span("result", RESULT, "张三", RedactionCategory.PERSON_NAME, "张某");

        DecisionContent projected = (DecisionContent) Redactor.project(DECISION, List.of(nameInResult));

        assertThat(projected.result()).isEqualTo("对张某处以罚款5000元。");
        assertThat(projected.facts()).isEqualTo(FACTS);
        assertThat(projected.partyName()).isEqualTo("张三");
        assertThat(DECISION.result()).isEqualTo(RESULT);
    }

    @Test
    void noSpansGiveTheContentUnchanged() {
        assertThat(Redactor.project(DECISION, List.of())).isEqualTo(DECISION);
    }

    @Test
    void spansMayTouchTheEdgesAndEachOther() {
        RedactionSpan whole = new RedactionSpan("partyName", 0, 2, RedactionCategory.PERSON_NAME, "某某");
        RedactionSpan first = new RedactionSpan("result", 0, 1, RedactionCategory.OTHER, "[");
        RedactionSpan adjacent = new RedactionSpan("result", 1, 2, RedactionCategory.PERSON_NAME, "]");
        RedactionSpan last = new RedactionSpan("result", RESULT.length() - 1, 1, RedactionCategory.OTHER, "");

        DecisionContent projected = (DecisionContent) Redactor.project(DECISION,
                List.of(last, adjacent, whole, first));

        assertThat(projected.partyName()).isEqualTo("某某");
        assertThat(projected.result()).isEqualTo("[]处以罚款5000元");
    }

    @Test
    void theSameOffsetsInDifferentFieldsDoNotOverlap() {
        List<RedactionSpan> spans = List.of(new RedactionSpan("facts", 0, 2, RedactionCategory.OTHER, "×"),
                new RedactionSpan("result", 0, 2, RedactionCategory.OTHER, "×"));

        assertThatCode(() -> Redactor.validate(DECISION, spans)).doesNotThrowAnyException();
    }

    @Test
    void aSpanOnAFieldTheContentDoesNotHaveIsRefused() {
        RedactionSpan span = new RedactionSpan("documentNumber", 0, 2, RedactionCategory.OTHER, "×");

        assertThatThrownBy(() -> Redactor.validate(DECISION, List.of(span)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("字段“documentNumber”不存在或不能屏蔽");
        assertThatThrownBy(() -> Redactor.project(DECISION, List.of(span)))
                .hasMessage("字段“documentNumber”不存在或不能屏蔽");
    }

    @Test
    void aContentWithoutFreeTextFieldsCannotBeRedactedAtAll() {
        AgencyProfile profile = new AgencyProfile("某市市场监督管理局", "依据", "职责", "地址", "12315", "工作日",
                "监督", "投诉");

        assertThatThrownBy(() -> Redactor.project(profile,
                List.of(new RedactionSpan("address", 0, 1, RedactionCategory.ADDRESS, "×"))))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("字段“address”不存在或不能屏蔽");
    }

    @Test
    void aSpanPastTheEndOfItsTextIsRefused() {
        RedactionSpan pastEnd = new RedactionSpan("partyName", 1, 2, RedactionCategory.PERSON_NAME, "某");

        assertThatThrownBy(() -> Redactor.project(DECISION, List.of(pastEnd)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("字段“partyName”的屏蔽区段超出文本长度（3 > 2）");
    }

    @Test
    void aSpanEndingExactlyAtTheEndOfItsTextIsAccepted() {
        RedactionSpan toEnd = new RedactionSpan("partyName", 1, 1, RedactionCategory.PERSON_NAME, "某");

        assertThat(((DecisionContent) Redactor.project(DECISION, List.of(toEnd))).partyName()).isEqualTo("张某");
    }

    @Test
    void overlappingSpansAreRefusedWhicheverComesFirst() {
        RedactionSpan earlier = new RedactionSpan("facts", 2, 4, RedactionCategory.PERSON_NAME, "×");
        RedactionSpan later = new RedactionSpan("facts", 5, 3, RedactionCategory.OTHER, "×");

        assertThatThrownBy(() -> Redactor.validate(DECISION, List.of(earlier, later)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("字段“facts”的屏蔽区段相互重叠（起点 2 与 5）");
        assertThatThrownBy(() -> Redactor.project(DECISION, List.of(later, earlier)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("字段“facts”的屏蔽区段相互重叠（起点 5 与 2）");
    }

    @Test
    void aSpanInsideAnotherAndTheSameSpanTwiceOverlap() {
        RedactionSpan outer = new RedactionSpan("facts", 0, 10, RedactionCategory.OTHER, "×");
        RedactionSpan inner = new RedactionSpan("facts", 3, 2, RedactionCategory.OTHER, "×");

        assertThatThrownBy(() -> Redactor.validate(DECISION, List.of(inner, outer)))
                .hasMessage("字段“facts”的屏蔽区段相互重叠（起点 3 与 0）");
        assertThatThrownBy(() -> Redactor.validate(DECISION, List.of(inner, inner)))
                .hasMessage("字段“facts”的屏蔽区段相互重叠（起点 3 与 3）");
    }

    @Test
    void aSpanMustStartInsideTheTextAndHideSomething() {
        assertThatThrownBy(() -> new RedactionSpan("facts", -1, 2, RedactionCategory.OTHER, "×"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("屏蔽区段的起点不能为负、长度必须大于零");
        assertThatThrownBy(() -> new RedactionSpan("facts", 0, 0, RedactionCategory.OTHER, "×"))
                .hasMessage("屏蔽区段的起点不能为负、长度必须大于零");
        assertThatThrownBy(() -> new RedactionSpan("facts", 0, 1, RedactionCategory.OTHER, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void overlapIsHalfOpenAndPerField() {
        RedactionSpan a = new RedactionSpan("facts", 2, 3, RedactionCategory.OTHER, "×");

        assertThat(a.end()).isEqualTo(5);
        assertThat(a.overlaps(new RedactionSpan("facts", 5, 1, RedactionCategory.OTHER, "×"))).isFalse();
        assertThat(a.overlaps(new RedactionSpan("facts", 4, 1, RedactionCategory.OTHER, "×"))).isTrue();
        assertThat(a.overlaps(new RedactionSpan("facts", 0, 2, RedactionCategory.OTHER, "×"))).isFalse();
        assertThat(a.overlaps(new RedactionSpan("facts", 1, 2, RedactionCategory.OTHER, "×"))).isTrue();
        assertThat(a.overlaps(new RedactionSpan("result", 2, 3, RedactionCategory.OTHER, "×"))).isFalse();
    }
}
