package cn.zfgs.content.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.demo.DecisionFactory.GeneratedDecision;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.redaction.detect.RedactionSuggester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo decisions go through the detectors: on the demo's own texts the detectors suggest exactly the spans of the
 * planted personal values, so the demo's confirm step accepts every suggestion and adds nothing by hand.
 */
class DemoRedactionTest {

    private static String place(RedactionSpan s) {
        return s.field() + ":" + s.start() + "+" + s.length();
    }

    @Test
    void theDetectorsSuggestExactlyThePlantedSpans() {
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (GeneratedDecision decision : DecisionFactoryTest.DEMO) {
            List<String> planted = decision.spans().stream().map(DemoRedactionTest::place).toList();
            List<RedactionSpan> suggested = RedactionSuggester.suggest(decision.content());
            List<String> found = suggested.stream().map(DemoRedactionTest::place).toList();
            for (RedactionSpan s : decision.spans()) {
                if (!found.contains(place(s))) {
                    missed.add(s.category() + " " + text(decision, s));
                }
            }
            for (RedactionSpan s : suggested) {
                if (!planted.contains(place(s))) {
                    extra.add(s.category() + " " + text(decision, s));
                }
            }
        }
        assertThat(missed).as("planted values no detector found").isEmpty();
        assertThat(extra).as("suggestions of values that are not personal").isEmpty();
    }

    private static String text(GeneratedDecision decision, RedactionSpan s) {
        String t = decision.content().redactableFields().get(s.field());
        return t.substring(s.start(), s.end()) + " in …" + t.substring(Math.max(0, s.start() - 15),
                Math.min(t.length(), s.end() + 10)) + "…";
    }
}
