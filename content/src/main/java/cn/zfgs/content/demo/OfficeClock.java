package cn.zfgs.content.demo;

import cn.zfgs.content.workflow.Workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;

/**
 * 办公时间 — the times of one item's successive actions: each on the working day asked for, in 上班 hours
 * (Asia/Shanghai) and always a few minutes after the previous action, so that every item's history is ordered.
 */
final class OfficeClock {

    private static final LocalTime OPENING = LocalTime.of(8, 40);

    private final Random random;
    private Instant last = Instant.EPOCH;

    OfficeClock(Random random) {
        this.random = random;
    }

    /** An instant on {@code day}, after the previous one by {@code minMinutes}–{@code maxMinutes}. */
    Instant on(LocalDate day, int minMinutes, int maxMinutes) {
        Instant opening = day.atTime(OPENING).plusMinutes(random.nextInt(100)).atZone(Workflow.CHINA).toInstant();
        Instant after = last.plusSeconds(60L * (minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
        last = after.isAfter(opening) ? after : opening;
        return last;
    }

    /** An afternoon instant on {@code day} (approvals are signed after lunch), after the previous one. */
    Instant afternoon(LocalDate day) {
        Instant afternoon = day.atTime(14, 30).plusMinutes(random.nextInt(150)).atZone(Workflow.CHINA).toInstant();
        Instant after = last.plusSeconds(60L * (10 + random.nextInt(50)));
        last = after.isAfter(afternoon) ? after : afternoon;
        return last;
    }
}
