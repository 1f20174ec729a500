package cn.zfgs.benchmarks.redaction;

import cn.zfgs.content.demo.DecisionFactory;
import cn.zfgs.content.demo.DecisionSchedule;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.redaction.detect.RedactionSuggester;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 检测吞吐量 — how fast the redaction detectors read decision text on one core. The text is the demo generator's
 * decisions (party, facts, result: names, ID numbers, addresses, phones among ordinary case prose) until 10 MB of
 * UTF-8; each pass runs {@link RedactionSuggester#suggest} over every decision, as the workflow does on create.
 * Five warm-up passes (the JIT compiles the scanners), then seven measured ones; the median is reported.
 */
public final class DetectorThroughput {

    private static final long TARGET_BYTES = 10_000_000L;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 7;

    private DetectorThroughput() {
    }

    public static void main(String[] args) {
        List<DecisionContent> decisions = new ArrayList<>();
        long bytes = 0;
        long chars = 0;
        DecisionFactory factory = new DecisionFactory(DecisionFactory.DEMO_SEED, (agency, key) -> null);
        DecisionSchedule schedule = new DecisionSchedule(DecisionFactory.DEMO_SEED, 1_000_000, 0,
                LocalDate.of(2024, 1, 2), LocalDate.of(2026, 11, 20));
        while (bytes < TARGET_BYTES) {
            DecisionContent d = factory.decision(schedule.next()).content();
            decisions.add(d);
            for (String text : d.redactableFields().values()) {
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                chars += text.length();
            }
        }
        System.out.printf("%d decisions, %.2f MB UTF-8 (%d characters)%n", decisions.size(), bytes / 1e6, chars);
        double[] mbPerSecond = new double[MEASURED];
        long found = 0;
        for (int pass = 0; pass < WARM_UP + MEASURED; pass++) {
            long start = System.nanoTime();
            long spans = 0;
            for (DecisionContent d : decisions) {
                spans += RedactionSuggester.suggest(d).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            found = spans;
            if (pass >= WARM_UP) {
                mbPerSecond[pass - WARM_UP] = bytes / 1e6 / seconds;
            }
            System.out.printf("%s %d: %.3f s, %.1f MB/s, %d spans%n", pass < WARM_UP ? "warm-up" : "pass",
                    pass < WARM_UP ? pass + 1 : pass - WARM_UP + 1, seconds, bytes / 1e6 / seconds, spans);
        }
        Arrays.sort(mbPerSecond);
        System.out.printf("median of %d passes: %.1f MB/s (UTF-8), %d spans suggested per pass, Java %s%n", MEASURED,
                mbPerSecond[MEASURED / 2], found, System.getProperty("java.version"));
    }
}
