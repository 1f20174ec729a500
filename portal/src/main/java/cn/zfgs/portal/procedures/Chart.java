package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.published.PublishedFlowchart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 流程图 — what the {@code flowchart} tag draws: the SVG geometry and the same steps as an ordered list, the text
 * alternative that screen readers, printouts and small screens rely on.
 */
public record Chart(Long id, String title, FlowchartDrawing.Drawing drawing, List<StepLine> steps) {

    /** One step in the ordered list, with where it may lead. */
    public record StepLine(String anchor, int number, String label, String actor, String timeLimit,
            List<NextLine> next) {

        /** The way on to the step right after this one (drawn as an arrow straight down), if there is one. */
        public NextLine down() {
            return next.stream().filter(n -> n.number() == number + 1).findFirst().orElse(null);
        }

        /** The ways on to any other step (drawn beside the box). */
        public List<NextLine> side() {
            return next.stream().filter(n -> n.number() != number + 1).toList();
        }
    }

    /** A way onward: the step it leads to (anchor, number, label) and the condition, if any. */
    public record NextLine(String anchor, int number, String label, String condition) {
    }

    public static Chart of(PublishedFlowchart f) {
        List<FlowchartContent.Step> steps = f.steps();
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            number.put(steps.get(i).id(), i + 1);
        }
        String prefix = "fc" + f.itemId() + "-";
        List<StepLine> lines = steps.stream().map(s -> new StepLine(prefix + s.id(), number.get(s.id()), s.label(),
                s.actor(), s.timeLimit(), s.next().stream().filter(b -> number.containsKey(b.to()))
                        .map(b -> new NextLine(prefix + b.to(), number.get(b.to()),
                                steps.get(number.get(b.to()) - 1).label(), b.condition()))
                        .toList())).toList();
        return new Chart(f.itemId(), f.title(), FlowchartDrawing.draw(steps), lines);
    }
}
