package cn.zfgs.content.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.Reanchoring.Outcome;
import cn.zfgs.content.redaction.Reanchoring.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Spans survive edits: random texts, random non-overlapping spans, random edits. Edits outside every span move the
 * spans with their text; any edit leaves a valid set of spans in which every span said to have moved covers exactly
 * the text it covered before; an edit inside a span flags it (where it then lies depends on which of several equal
 * alignments the diff chose, so only the flag is asserted).
 */
class ReanchoringPropertiesTest {

    private static DecisionContent decision(String facts) {
        return new DecisionContent("某罚〔2024〕1号", DecisionType.PENALTY, "张三", PartyKind.NATURAL_PERSON, null, 1L,
                facts, List.of(), "结果", BigDecimal.ONE, null, LocalDate.of(2024, 1, 2), false, false);
    }

    /** Up to six spans laid over the text at random, none overlapping. */
    private static List<RedactionSpan> spans(String text, Random random) {
        List<RedactionSpan> spans = new ArrayList<>();
        int at = 0;
        while (spans.size() < 6 && at < text.length()) {
            int start = at + random.nextInt(Math.max(1, Math.min(12, text.length() - at)));
            if (start >= text.length()) {
                break;
            }
            int length = 1 + random.nextInt(Math.min(8, text.length() - start));
            spans.add(new RedactionSpan(DecisionContent.FACTS, start, length, RedactionCategory.OTHER, "×"));
            at = start + length;
        }
        return spans;
    }

    private static boolean inside(List<RedactionSpan> spans, int position) {
        return spans.stream().anyMatch(s -> s.start() <= position && position < s.end());
    }

    /** Strictly inside a span: an insertion there splits it. */
    private static boolean within(List<RedactionSpan> spans, int position) {
        return spans.stream().anyMatch(s -> s.start() < position && position < s.end());
    }

    /**
     * In text of many different characters (as decisions are) the alignment is unambiguous; in text like 王王王王 any
     * of several alignments is right, and a span may be flagged for review rather than moved — the safe side.
     */
    @Property(seed = "31415", tries = 500)
    void editsOutsideEverySpanMoveTheSpansWithTheirText(@ForAll("prose") String text, @ForAll("prose") String insert,
            @ForAll Random random) {
        List<RedactionSpan> spans = spans(text, random);
        StringBuilder edited = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (!within(spans, i) && random.nextInt(5) == 0) {
                edited.append(insert, 0, random.nextInt(insert.length() + 1));
            }
            if (i < text.length() && (inside(spans, i) || random.nextInt(6) != 0)) {
                edited.append(text.charAt(i));
            }
        }

        List<Result> results = Reanchoring.reanchor(decision(text), decision(edited.toString()), spans);

        for (Result r : results) {
            assertThat(r.outcome()).as("%s in %s → %s", r.before(), text, edited).isEqualTo(Outcome.MOVED);
            assertThat(edited.substring(r.after().start(), r.after().end()))
                    .isEqualTo(text.substring(r.before().start(), r.before().end()));
            assertThat(r.after().category()).isEqualTo(r.before().category());
        }
    }

    @Property(seed = "27182", tries = 500)
    void anyEditLeavesValidSpansAndMovedOnesCoverTheSameText(@ForAll("texts") String text,
            @ForAll("texts") String edited, @ForAll Random random) {
        String newText = random.nextBoolean() ? edited : splice(text, edited, random);
        List<RedactionSpan> spans = spans(text, random);

        List<Result> results = Reanchoring.reanchor(decision(text), decision(newText), spans);

        assertThat(results).hasSameSizeAs(spans);
        List<RedactionSpan> kept = results.stream().map(Result::after).filter(Objects::nonNull).toList();
        assertThatCode(() -> Redactor.validate(decision(newText), kept)).doesNotThrowAnyException();
        for (Result r : results) {
            if (r.outcome() == Outcome.MOVED) {
                assertThat(newText.substring(r.after().start(), r.after().end()))
                        .isEqualTo(text.substring(r.before().start(), r.before().end()));
            }
            assertThat(r.after() == null).isEqualTo(r.outcome() == Outcome.REMOVED);
        }
    }

    @Property(seed = "16180", tries = 300)
    void changingACharacterUnderASpanFlagsIt(@ForAll("prose") String text, @ForAll Random random) {
        List<RedactionSpan> spans = spans(text, random);
        if (spans.isEmpty()) {
            return;
        }
        RedactionSpan target = spans.get(random.nextInt(spans.size()));
        int at = target.start() + random.nextInt(target.length());
        String newText = text.substring(0, at) + '★' + text.substring(at + 1);

        Result result = Reanchoring.reanchor(decision(text), decision(newText), spans).get(spans.indexOf(target));

        assertThat(result.outcome()).isIn(Outcome.CHANGED, Outcome.REMOVED);
        if (result.outcome() == Outcome.REMOVED) {
            assertThat(target.length()).as("only a one-character span can lose all its text").isEqualTo(1);
        }
    }

    /** The text with a random stretch replaced by a random piece of {@code other}. */
    private static String splice(String text, String other, Random random) {
        int from = random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        int cut = random.nextInt(other.length() + 1);
        return text.substring(0, from) + other.substring(0, cut) + text.substring(to);
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("王建国张三李四某村路号123，。").ofMaxLength(60);
    }
}
