package cn.zfgs.content.demo;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaTest {

    @Test
    void runsStepsByTimeThenInTheOrderAddedAndSkipsThoseAfterTheCutoff() {
        Instant t0 = Instant.parse("2024-01-02T01:00:00Z");
        Agenda agenda = new Agenda(t0.plusSeconds(3_600));
        List<String> ran = new ArrayList<>();
        agenda.at(t0.plusSeconds(60), () -> ran.add("b1"));
        agenda.at(t0, () -> ran.add("a"));
        agenda.at(t0.plusSeconds(60), () -> ran.add("b2"));
        boolean added = agenda.at(t0.plusSeconds(7_200), () -> ran.add("too late"));
        List<Integer> groups = new ArrayList<>();

        int count = agenda.run(2, steps -> {
            int before = ran.size();
            steps.run();
            groups.add(ran.size() - before);
        });

        assertThat(added).isFalse();
        assertThat(count).isEqualTo(3);
        assertThat(ran).containsExactly("a", "b1", "b2");
        assertThat(groups).containsExactly(2, 1);
        assertThat(agenda.run(2, Runnable::run)).isZero();
    }
}
