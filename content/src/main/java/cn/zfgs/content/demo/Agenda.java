package cn.zfgs.content.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * 日程 — staff actions to replay in the order they happened. Each content item's actions are added in its own
 * order; running the whole agenda by time interleaves the items as real work would, so the full-process record
 * reads chronologically. Actions dated after the cut-off ("today" of the demo) are left out: those items stay in
 * the state they had reached.
 */
final class Agenda {

    /** 步骤 — one action, its time, and its place among actions at the same time. */
    private record Step(Instant at, int order, Runnable action) {
    }

    private final Instant cutoff;
    private final List<Step> steps = new ArrayList<>();

    Agenda(Instant cutoff) {
        this.cutoff = cutoff;
    }

    /** Adds {@code action} at {@code at}; false, and nothing added, when that lies after the cut-off. */
    boolean at(Instant at, Runnable action) {
        if (at.isAfter(cutoff)) {
            return false;
        }
        steps.add(new Step(at, steps.size(), action));
        return true;
    }

    /**
     * Runs every step by time (ties in the order added), {@code groupSize} consecutive steps at a time through
     * {@code group} (which may wrap them in one transaction), and empties the agenda; returns how many ran.
     */
    int run(int groupSize, Consumer<Runnable> group) {
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
        for (int from = 0; from < steps.size(); from += groupSize) {
            List<Step> slice = steps.subList(from, Math.min(steps.size(), from + groupSize));
            group.accept(() -> slice.forEach(step -> step.action().run()));
        }
        int ran = steps.size();
        steps.clear();
        return ran;
    }
}
