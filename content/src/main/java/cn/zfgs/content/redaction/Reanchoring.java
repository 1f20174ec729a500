package cn.zfgs.content.redaction;

import cn.zfgs.content.model.Content;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 屏蔽区段重新定位 — carries a revision's spans over an edit of its text. Each field's old and new text are diffed
 * character by character (Myers, java-diff-utils): a span whose characters the edit left alone moves with them; a span
 * any of whose characters changed, or into which text was inserted, keeps the stretch the edit made of it and must be
 * reviewed again; a span whose text was deleted entirely, or whose field is gone, is dropped — unless its exact text
 * is still found between its neighbours, where it moves (the diff may have chosen another of equal alignments).
 * Limit: in text of repeated identical characters (王王 → 王★) equal alignments differ in which character "is" the
 * redacted one; there the span may follow an identical neighbour. Decision texts rarely repeat a span's exact text
 * right beside it, and the detectors run again over every edited text.
 */
public final class Reanchoring {

    /** What the edit did to one span. */
    public enum Outcome {
        /** The covered text is unchanged; the span moved with it. */
        MOVED,
        /** The covered text changed; the span covers what replaced it and needs a reviewer's look. */
        CHANGED,
        /** Nothing of the covered text is left. */
        REMOVED
    }

    /** A span before the edit, what became of it, and where it lies now (null when removed). */
    public record Result(RedactionSpan before, Outcome outcome, RedactionSpan after) {
    }

    private Reanchoring() {
    }

    /**
     * The spans of {@code before} carried over to {@code after}, in the order given. The spans that are not removed
     * are valid for {@code after} and do not overlap (a changed span is trimmed where it would run into another).
     */
    public static List<Result> reanchor(Content before, Content after, List<RedactionSpan> spans) {
        Map<String, String> oldFields = before.redactableFields();
        Map<String, String> newFields = after.redactableFields();
        Map<String, List<RedactionSpan>> byField = new HashMap<>();
        Map<RedactionSpan, Result> carried = new HashMap<>();
        for (RedactionSpan span : spans) {
            String oldText = oldFields.get(span.field());
            String newText = newFields.get(span.field());
            if (oldText == null || newText == null || span.end() > oldText.length()) {
                carried.put(span, new Result(span, Outcome.REMOVED, null));
            } else {
                byField.computeIfAbsent(span.field(), f -> new ArrayList<>()).add(span);
            }
        }
        byField.forEach((field, fieldSpans) -> new FieldEdit(oldFields.get(field), newFields.get(field))
                .carry(fieldSpans).forEach(r -> carried.put(r.before(), r)));
        return withoutOverlaps(spans.stream().map(carried::get).toList());
    }

    /** Trims a span that the edit pushed into its predecessor (two spans next to one replaced stretch). */
    private static List<Result> withoutOverlaps(List<Result> results) {
        List<Result> placed = new ArrayList<>(results.stream().filter(r -> r.after() != null).toList());
        placed.sort(Comparator.comparing((Result r) -> r.after().field()).thenComparingInt(r -> r.after().start())
                .thenComparing(r -> r.outcome() == Outcome.MOVED ? 0 : 1));
        Map<Result, Result> trimmed = new HashMap<>();
        Result previous = null;
        for (Result r : placed) {
            if (previous != null && previous.after().overlaps(r.after())) {
                RedactionSpan span = r.after();
                int start = previous.after().end();
                Result fixed = start >= span.end() ? new Result(r.before(), Outcome.REMOVED, null)
                        : new Result(r.before(), Outcome.CHANGED, new RedactionSpan(span.field(), start,
                                span.end() - start, span.category(), span.replacement()));
                trimmed.put(r, fixed);
                if (fixed.after() != null) {
                    previous = fixed;
                }
                continue;
            }
            previous = r;
        }
        return results.stream().map(r -> trimmed.getOrDefault(r, r)).toList();
    }

    /** The diff of one field's text and the mapping of old offsets to new ones it gives. */
    private static final class FieldEdit {

        private final String oldText;
        private final String newText;
        private final List<AbstractDelta<Character>> deltas;

        FieldEdit(String oldText, String newText) {
            this.oldText = oldText;
            this.newText = newText;
            this.deltas = oldText.equals(newText) ? List.of()
                    : DiffUtils.diff(characters(oldText), characters(newText)).getDeltas();
        }

        /**
         * The spans of this field carried over. A diff is one of several equally short alignments: in 王王王 → 王王
         * it may delete the very 王 a span covers. So a span the diff removed is looked for again, as its exact text,
         * between its neighbours that moved, and moves there when found: a redaction is never dropped while the text
         * it hides is still there. A span the diff changed stays flagged for review.
         */
        List<Result> carry(List<RedactionSpan> spans) {
            List<RedactionSpan> ordered = new ArrayList<>(spans);
            ordered.sort(Comparator.comparingInt(RedactionSpan::start));
            List<Result> results = new ArrayList<>(ordered.size());
            for (RedactionSpan span : ordered) {
                results.add(carry(span));
            }
            int cursor = 0;
            for (int k = 0; k < results.size(); k++) {
                Result r = results.get(k);
                if (r.outcome() != Outcome.REMOVED) {
                    cursor = Math.max(cursor, r.after().end());
                    continue;
                }
                RedactionSpan span = r.before();
                int hint = mapStart(span.start());
                int found = nearest(oldText.substring(span.start(), span.end()), cursor, limit(results, k, cursor),
                        hint);
                if (found >= 0) {
                    results.set(k, new Result(span, Outcome.MOVED, moved(span, found, span.length())));
                    cursor = found + span.length();
                }
            }
            return results;
        }

        /** Where the next span that was not removed now starts: a relocated span must end before it. */
        private int limit(List<Result> results, int k, int cursor) {
            for (int j = k + 1; j < results.size(); j++) {
                Result r = results.get(j);
                if (r.outcome() != Outcome.REMOVED && r.after().start() >= cursor) {
                    return r.after().start();
                }
            }
            return newText.length();
        }

        /** The occurrence of {@code covered} in {@code newText[from, to)} nearest {@code hint}, or -1. */
        private int nearest(String covered, int from, int to, int hint) {
            int best = -1;
            int at = newText.indexOf(covered, from);
            while (at >= 0 && at + covered.length() <= to) {
                if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) {
                    best = at;
                }
                at = newText.indexOf(covered, at + 1);
            }
            return best;
        }

        private Result carry(RedactionSpan span) {
            int start = span.start();
            int end = span.end();
            boolean touched = false;
            for (AbstractDelta<Character> delta : deltas) {
                Chunk<Character> source = delta.getSource();
                int from = source.getPosition();
                int to = from + source.size();
                if (source.size() == 0 ? start < from && from < end : from < end && start < to) {
                    touched = true;
                    break;
                }
            }
            int newStart = mapStart(start);
            int newEnd = mapEnd(end);
            if (!touched) {
                return new Result(span, Outcome.MOVED, moved(span, newStart, newEnd - newStart));
            }
            if (newEnd <= newStart) {
                return new Result(span, Outcome.REMOVED, null);
            }
            return new Result(span, Outcome.CHANGED, moved(span, newStart, newEnd - newStart));
        }

        /** Where old offset {@code o} starts anew: after insertions at {@code o}; in a changed stretch, at its start. */
        private int mapStart(int o) {
            int shift = 0;
            for (AbstractDelta<Character> delta : deltas) {
                Chunk<Character> source = delta.getSource();
                int from = source.getPosition();
                int to = from + source.size();
                if (to <= o && (source.size() > 0 || from <= o)) {
                    shift += delta.getTarget().size() - source.size();
                } else if (from < o && o < to) {
                    return delta.getTarget().getPosition();
                }
            }
            return o + shift;
        }

        /** Where old offset {@code o} ends anew: before insertions at {@code o}; in a changed stretch, at its end. */
        private int mapEnd(int o) {
            int shift = 0;
            for (AbstractDelta<Character> delta : deltas) {
                Chunk<Character> source = delta.getSource();
                int from = source.getPosition();
                int to = from + source.size();
                if (to < o || to == o && source.size() > 0) {
                    shift += delta.getTarget().size() - source.size();
                } else if (from < o && o < to) {
                    return delta.getTarget().getPosition() + delta.getTarget().size();
                }
            }
            return o + shift;
        }

        private static RedactionSpan moved(RedactionSpan span, int start, int length) {
            return new RedactionSpan(span.field(), start, length, span.category(), span.replacement());
        }

        private static List<Character> characters(String text) {
            List<Character> list = new ArrayList<>(text.length());
            for (int i = 0; i < text.length(); i++) {
                list.add(text.charAt(i));
            }
            return list;
        }
    }
}
