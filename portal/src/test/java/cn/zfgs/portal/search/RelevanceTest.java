package cn.zfgs.portal.search;

import cn.zfgs.search.SearchService;
import cn.zfgs.search.query.SearchRequest;
import cn.zfgs.search.query.SearchResults;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 检索相关性 — the queries of {@code search/relevance.tsv} (文号 in every spelling, parties in full and in part,
 * facts, items, officers, guides) run against the index of the demo content; the mean reciprocal rank of the first
 * relevant result in the top 10 must stay at 0.9 or above. The per-query ranks go to target/relevance-report.txt.
 */
@QuarkusTest
class RelevanceTest {

    private static final int DEPTH = 10;

    @Inject
    SearchService search;

    record Case(String query, Set<String> relevant) {
    }

    @Test
    void meanReciprocalRankIsAtLeastNinetyPercent() throws IOException {
        search.synchronize();
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        double sum = 0;
        StringBuilder report = new StringBuilder("rank\tquery\ttop result\n");
        for (Case c : cases) {
            SearchResults results = search.search(SearchRequest.parse(new SearchRequest.Parameters(c.query(), null,
                    null, null, null, null, null, null, null, null, Integer.toString(DEPTH), "false")));
            int rank = 0;
            for (int i = 0; i < results.hits().size(); i++) {
                if (c.relevant().contains(results.hits().get(i).title())) {
                    rank = i + 1;
                    break;
                }
            }
            sum += rank == 0 ? 0 : 1.0 / rank;
            report.append(rank == 0 ? "-" : rank).append('\t').append(c.query()).append('\t')
                    .append(results.hits().isEmpty() ? "(none)" : results.hits().get(0).title()).append('\n');
        }
        double mrr = sum / cases.size();
        report.append(String.format("MRR@%d = %.3f over %d queries%n", DEPTH, mrr, cases.size()));
        Files.writeString(Path.of("target", "relevance-report.txt"), report.toString());
        System.out.print(report);
        assertThat(mrr).as(report.toString()).isGreaterThanOrEqualTo(0.9);
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/search/relevance.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                cases.add(new Case(parts[0], Set.of(parts[1].split("\\|"))));
            }
        }
        return cases;
    }
}
