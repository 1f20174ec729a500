package cn.zfgs.admin.revisions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 逐字比对 — two texts as runs of kept and changed characters, one list per side, for the side-by-side view. By
 * character (code point), not by word: Chinese has no spaces between words, and a changed digit in an amount or a
 * date must show as exactly that digit.
 */
public final class TextDiff {

    /** A run of text on one side; {@code changed} marks what the other side does not have. */
    public record Segment(String text, boolean changed) {
    }

    /** Both sides of one comparison. */
    public record Sides(List<Segment> before, List<Segment> after) {
    }

    private TextDiff() {
    }

    public static Sides of(String before, String after) {
        List<String> a = characters(before);
        List<String> b = characters(after);
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
        deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
        Runs left = new Runs();
        Runs right = new Runs();
        int atA = 0;
        int atB = 0;
        for (AbstractDelta<String> delta : deltas) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            left.add(a.subList(atA, sourceAt), false);
            right.add(b.subList(atB, targetAt), false);
            left.add(delta.getSource().getLines(), true);
            right.add(delta.getTarget().getLines(), true);
            atA = sourceAt + delta.getSource().size();
            atB = targetAt + delta.getTarget().size();
        }
        left.add(a.subList(atA, a.size()), false);
        right.add(b.subList(atB, b.size()), false);
        return new Sides(left.segments, right.segments);
    }

    private static List<String> characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    /** Segments with neighbours of the same kind merged. */
    private static final class Runs {
        final List<Segment> segments = new ArrayList<>();

        void add(List<String> chars, boolean changed) {
            if (chars.isEmpty()) {
                return;
            }
            String text = String.join("", chars);
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).changed() == changed) {
                segments.set(last, new Segment(segments.get(last).text() + text, changed));
            } else {
                segments.add(new Segment(text, changed));
            }
        }
    }
}
