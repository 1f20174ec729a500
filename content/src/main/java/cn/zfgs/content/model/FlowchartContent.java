package cn.zfgs.content.model;

import java.util.List;

/**
 * 执法流程图 — a procedure as structured steps and branches (not an image), so that it can be drawn as
 * accessible SVG and read as an ordered list.
 */
public record FlowchartContent(String title, DecisionType itemType, List<Step> steps) implements Content {

    /** 环节 — one step; {@code next} lists where the procedure may go from here. */
    public record Step(String id, String label, String actor, String timeLimit, List<Branch> next) {
        public Step {
            next = List.copyOf(next);
        }
    }

    /** 分支 — a transition to another step, with the condition under which it is taken (empty: always). */
    public record Branch(String to, String condition) {
    }

    public FlowchartContent {
        steps = List.copyOf(steps);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.FLOWCHART;
    }
}
