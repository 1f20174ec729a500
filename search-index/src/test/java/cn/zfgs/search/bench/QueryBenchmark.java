package cn.zfgs.search.bench;

import cn.zfgs.search.index.SearchIndex;
import cn.zfgs.search.query.SearchRequest;
import cn.zfgs.search.query.Searcher;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 检索基准 — runs the same {@link QueryMix} against (1) the application's search (Hibernate Search, full result page
 * with facets and highlights), (2) the same without facets, (3) raw Lucene on the same index and analyzers, and
 * (4) the PostgreSQL ILIKE + pg_trgm baseline. For each: latency p50/p99 of one client over several rounds (median
 * reported) and the throughput of two clients. Run by benchmarks/search/run.sh; arguments: JDBC URL, index
 * directory, number of queries, rounds, number of queries for the PostgreSQL baseline.
 */
public final class QueryBenchmark {

    interface Engine {
        long run(QueryMix.Query q) throws Exception;
    }

    private QueryBenchmark() {
    }

    public static void main(String... args) throws Exception {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(args[0]);
        db.setUser("postgres");
        Path dir = Path.of(args[1]);
        int size = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int pgSize = Integer.parseInt(args[4]);
        List<QueryMix.Query> mix = QueryMix.build(db, size, 20261123L);
        System.out.printf("queries: %d (%s)%n", mix.size(), counts(mix));

        List<String> rows = new ArrayList<>();
        try (SearchIndex index = SearchIndex.open(dir, SearchIndex.Backend.LUCENE, Map.of())) {
            index.synchronize(new cn.zfgs.search.index.PublishedSource(db));
            Searcher searcher = new Searcher(index);
            rows.add(measure("Hibernate Search（整页：分面 + 高亮）", mix, rounds,
                    q -> searcher.search(request(q, true)).total()));
            rows.add(measure("Hibernate Search（无分面，含高亮）", mix, rounds,
                    q -> searcher.search(request(q, false)).total()));
        }
        try (RawLucene raw = new RawLucene(dir.resolve("documents").resolve("zfgs-public"))) {
            rows.add(measure("原生 Lucene（同一索引与分析器，无分面无高亮）", mix, rounds, raw::search));
        }
        PostgresBaseline pg = new PostgresBaseline(db);
        System.out.printf("pg_trgm GIN indexes ready in %.1f s%n", pg.prepare());
        rows.add(measure("PostgreSQL ILIKE + pg_trgm（仅执法决定）", mix.subList(0, Math.min(pgSize, mix.size())),
                Math.min(rounds, 1), pg::search));
        System.out.println();
        System.out.println("| 引擎 | 查询数 | p50 (ms) | p99 (ms) | 单客户端 QPS | 双客户端 QPS |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static SearchRequest request(QueryMix.Query q, boolean facets) {
        return SearchRequest.parse(new SearchRequest.Parameters(q.q(), null, null,
                q.agency() == null ? null : q.agency().toString(), null,
                q.year() == null ? null : q.year().toString(), null, null, null, null, null,
                Boolean.toString(facets)));
    }

    private static String measure(String name, List<QueryMix.Query> mix, int rounds, Engine engine) throws Exception {
        for (int i = 0; i < Math.min(200, mix.size()); i++) {
            engine.run(mix.get(i));
        }
        double[] p50 = new double[rounds];
        double[] p99 = new double[rounds];
        double[] qps1 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] ms = new double[mix.size()];
            long started = System.nanoTime();
            for (int i = 0; i < mix.size(); i++) {
                long t = System.nanoTime();
                engine.run(mix.get(i));
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            qps1[r] = mix.size() / ((System.nanoTime() - started) / 1e9);
            Arrays.sort(ms);
            p50[r] = ms[(int) Math.floor(0.50 * (ms.length - 1))];
            p99[r] = ms[(int) Math.floor(0.99 * (ms.length - 1))];
        }
        double qps2 = twoClients(mix, engine);
        String row = String.format("| %s | %d | %.1f | %.1f | %.0f | %.0f |", name, mix.size(), median(p50),
                median(p99), median(qps1), qps2);
        System.out.println(row + "  (rounds p99: " + Arrays.toString(p99) + ")");
        return row;
    }

    private static double twoClients(List<QueryMix.Query> mix, Engine engine) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            clients.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < mix.size()) {
                    engine.run(mix.get(i));
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        return mix.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String counts(List<QueryMix.Query> mix) {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        mix.forEach(q -> byKind.merge(q.kind(), 1L, Long::sum));
        return byKind.toString();
    }
}
