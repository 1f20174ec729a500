package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.FlowchartContent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 流程图绘制 — lays out a flowchart's structured steps as SVG geometry: one box per step, top to bottom in the
 * published order; a branch to the next step is a straight arrow down with its condition beside it, any other branch
 * an arrow routed through its own lane on the right, its condition wrapped above the point where it leaves its box
 * (a box grows when its side conditions need more room than its text). Pure geometry (no markup):
 * the {@code flowchart} tag turns it into SVG, and the same steps are rendered as an ordered list for screen readers.
 */
public final class FlowchartDrawing {

    static final int BOX_X = 16;
    static final int BOX_WIDTH = 360;
    static final int LABEL_SIZE = 15;
    static final int META_SIZE = 12;
    static final int LINE_GAP = 5;
    static final int PADDING = 10;
    static final int MIN_GAP = 34;
    static final int LABEL_COLUMN = 150;
    static final int LANE_WIDTH = 14;
    private static final int LABEL_CHARS = 22;
    private static final int META_CHARS = 28;
    private static final int DOWN_LABEL_CHARS = 14;
    private static final int SIDE_LABEL_CHARS = 11;
    private static final int SIDE_LINE = META_SIZE + 3;
    private static final int SIDE_GAP = 8;

    /** A text line at a position; {@code size} is the font size. */
    public record Text(double x, double y, int size, String text) {
    }

    /** A step's box; {@code end} marks a step with no way onward. */
    public record Box(String id, int x, int y, int width, int height, boolean end, List<Text> lines) {
    }

    /** An arrow: an SVG path and the condition's text lines (with the full condition for a tooltip). */
    public record Arrow(String path, List<Text> label, String condition) {
    }

    public record Drawing(int width, int height, List<Box> boxes, List<Arrow> arrows) {
    }

    private FlowchartDrawing() {
    }

    public static Drawing draw(List<FlowchartContent.Step> steps) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            index.put(steps.get(i).id(), i);
        }
        List<List<String>> labels = new ArrayList<>();
        List<List<String>> metas = new ArrayList<>();
        int[] gaps = new int[steps.size()];
        List<List<List<String>>> sideLabels = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            FlowchartContent.Step s = steps.get(i);
            List<List<String>> sides = new ArrayList<>();
            for (FlowchartContent.Branch b : s.next()) {
                Integer j = index.get(b.to());
                if (j != null && j != i + 1) {
                    sides.add(blank(b.condition()) ? List.of() : wrap(b.condition(), SIDE_LABEL_CHARS));
                }
            }
            sideLabels.add(sides);
            labels.add(wrap(s.label(), LABEL_CHARS));
            List<String> meta = new ArrayList<>();
            if (!blank(s.actor())) {
                meta.addAll(wrap("办理：" + s.actor(), META_CHARS));
            }
            if (!blank(s.timeLimit())) {
                meta.addAll(wrap("时限：" + s.timeLimit(), META_CHARS));
            }
            metas.add(meta);
            int downLines = 0;
            for (FlowchartContent.Branch b : s.next()) {
                if (index.getOrDefault(b.to(), -1) == i + 1 && !blank(b.condition())) {
                    downLines = wrap(b.condition(), DOWN_LABEL_CHARS).size();
                }
            }
            gaps[i] = Math.max(MIN_GAP, 12 + downLines * (META_SIZE + 3));
        }

        List<Box> boxes = new ArrayList<>();
        int[] top = new int[steps.size()];
        int[] height = new int[steps.size()];
        int y = 8;
        for (int i = 0; i < steps.size(); i++) {
            List<Text> lines = new ArrayList<>();
            double ty = y + PADDING + LABEL_SIZE;
            double cx = BOX_X + BOX_WIDTH / 2.0;
            for (String l : labels.get(i)) {
                lines.add(new Text(cx, ty, LABEL_SIZE, l));
                ty += LABEL_SIZE + LINE_GAP;
            }
            for (String m : metas.get(i)) {
                lines.add(new Text(cx, ty, META_SIZE, m));
                ty += META_SIZE + LINE_GAP;
            }
            int h = Math.max((int) Math.ceil(ty - LINE_GAP - y - (LABEL_SIZE * 0.2) + PADDING),
                    sideRoom(sideLabels.get(i)));
            top[i] = y;
            height[i] = h;
            boxes.add(new Box(steps.get(i).id(), BOX_X, y, BOX_WIDTH, h, steps.get(i).next().isEmpty(), lines));
            y += h + gaps[i];
        }

        List<Arrow> arrows = new ArrayList<>();
        int lanes = 0;
        int right = BOX_X + BOX_WIDTH;
        int laneStart = right + LABEL_COLUMN;
        for (int i = 0; i < steps.size(); i++) {
            List<FlowchartContent.Branch> side = new ArrayList<>();
            for (FlowchartContent.Branch b : steps.get(i).next()) {
                Integer j = index.get(b.to());
                if (j == null) {
                    continue;
                }
                if (j == i + 1) {
                    int x = BOX_X + BOX_WIDTH / 2;
                    int from = top[i] + height[i];
                    List<Text> label = new ArrayList<>();
                    double ly = from + 4 + META_SIZE;
                    for (String l : blank(b.condition()) ? List.<String>of() : wrap(b.condition(), DOWN_LABEL_CHARS)) {
                        label.add(new Text(x + 8, ly, META_SIZE, l));
                        ly += META_SIZE + 3;
                    }
                    arrows.add(new Arrow("M" + x + " " + from + " V" + (top[j] - 2), label, b.condition()));
                } else {
                    side.add(b);
                }
            }
            // Exits spread evenly over the box's height, each low enough for its own label lines above it.
            List<List<String>> sides = sideLabels.get(i);
            int spare = height[i] - sideRoom(sides);
            int out = top[i];
            for (int k = 0; k < side.size(); k++) {
                FlowchartContent.Branch b = side.get(k);
                int j = index.get(b.to());
                List<String> lines = sides.get(k);
                out += SIDE_GAP + lines.size() * SIDE_LINE + spare / (side.size() + 1);
                int in = top[j] + Math.min(height[j] - 6, 10 + (lanes % 3) * 6);
                int lane = laneStart + lanes * LANE_WIDTH;
                lanes++;
                String condition = blank(b.condition()) ? "" : b.condition();
                List<Text> label = new ArrayList<>();
                for (int l = 0; l < lines.size(); l++) {
                    label.add(new Text(right + 6, out - 4 - (lines.size() - 1 - l) * SIDE_LINE, META_SIZE,
                            lines.get(l)));
                }
                arrows.add(new Arrow("M" + right + " " + out + " H" + lane + " V" + in + " H" + (right + 2), label,
                        condition));
            }
        }
        int width = laneStart + Math.max(1, lanes) * LANE_WIDTH + 8;
        return new Drawing(width, y - gaps[steps.size() - 1] + 8, boxes, arrows);
    }

    /** The height a box needs so that each side exit has its label lines above it. */
    private static int sideRoom(List<List<String>> sides) {
        if (sides.isEmpty()) {
            return 0;
        }
        int room = SIDE_GAP;
        for (List<String> lines : sides) {
            room += SIDE_GAP + lines.size() * SIDE_LINE;
        }
        return room;
    }

    /** Breaks text into lines of at most {@code chars} characters, counting a Latin letter or digit as half. */
    static List<String> wrap(String text, int chars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double width = 0;
        for (int cp : text.strip().codePoints().toArray()) {
            double w = cp < 0x2E80 ? 0.55 : 1;
            if (width + w > chars && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.appendCodePoint(cp);
            width += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
