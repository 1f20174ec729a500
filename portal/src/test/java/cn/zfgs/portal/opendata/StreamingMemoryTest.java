package cn.zfgs.portal.opendata;

import cn.zfgs.portal.opendata.dataset.Datasets;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download holds one row at a time: every row handed to the writer can be collected as soon as the next one
 * comes. (The figure at 1,000,000 decisions with a 256 MB heap is in docs/BENCHMARKS.md.)
 */
@QuarkusTest
class StreamingMemoryTest {

    @Inject
    DatasetReader reader;
    @Inject
    Datasets datasets;
    @Inject
    OpenDataConfig config;

    @Test
    void rowsAreNotKeptAfterTheyAreWritten() throws Exception {
        OpenDataset decisions = datasets.byName("decisions").orElseThrow();
        List<WeakReference<DatasetRow>> made = new ArrayList<>();
        DatasetReader.Extract extract = reader.stream(decisions, row -> made.add(new WeakReference<>(row)));
        assertThat(extract.rows()).isEqualTo(made.size()).isGreaterThan(100);
        for (int i = 0; i < 10 && made.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(made.stream().filter(r -> r.get() != null).count()).isZero();
    }

    @Test
    void theDatabaseIsReadThroughACursorOfBoundedSize() {
        assertThat(config.fetchSize()).isBetween(1, 10_000);
    }
}
