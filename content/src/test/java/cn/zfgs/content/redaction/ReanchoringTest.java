package cn.zfgs.content.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.Reanchoring.Outcome;
import cn.zfgs.content.redaction.Reanchoring.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReanchoringTest {

    private static DecisionContent decision(String facts, String result) {
        return new DecisionContent("某罚〔2024〕1号", DecisionType.PENALTY, "王建国", PartyKind.NATURAL_PERSON, null,
                1L, facts, List.of(), result, BigDecimal.ONE, null, LocalDate.of(2024, 1, 2), false, false);
    }

    private static RedactionSpan span(String field, String text, String hidden) {
        return new RedactionSpan(field, text.indexOf(hidden), hidden.length(), RedactionCategory.PERSON_NAME, "王某某");
    }

    @Test
    void anEditBeforeASpanMovesItAndOneAfterLeavesIt() {
        String facts = "当事人王建国销售过期食品。";
        String edited = "经查，当事人王建国于2024年销售过期食品，货值较小。";
        RedactionSpan name = span("facts", facts, "王建国");

        Result r = Reanchoring.reanchor(decision(facts, "r"), decision(edited, "r"), List.of(name)).get(0);

        assertThat(r.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(r.after()).isEqualTo(span("facts", edited, "王建国"));
    }

    @Test
    void aChangedNameIsFlaggedAndCoversTheNewName() {
        String facts = "当事人王建国销售过期食品。";
        String edited = "当事人王建军销售过期食品。";

        Result r = Reanchoring.reanchor(decision(facts, "r"), decision(edited, "r"),
                List.of(span("facts", facts, "王建国"))).get(0);

        assertThat(r.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(edited.substring(r.after().start(), r.after().end())).isEqualTo("王建军");
    }

    @Test
    void aDeletedNameIsDroppedAndOtherFieldsAreUntouched() {
        String facts = "当事人王建国销售过期食品。";
        String result = "对王建国罚款。";
        RedactionSpan inFacts = span("facts", facts, "王建国");
        RedactionSpan inResult = span("result", result, "王建国");

        List<Result> results = Reanchoring.reanchor(decision(facts, result), decision("当事人销售过期食品。", result),
                List.of(inFacts, inResult));

        assertThat(results).extracting(Result::outcome).containsExactly(Outcome.REMOVED, Outcome.MOVED);
        assertThat(results.get(1).after()).isEqualTo(inResult);
    }
}
