package cn.zfgs.portal.search;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.search.index.PublishedSource;
import cn.zfgs.search.index.SearchDocument;
import cn.zfgs.search.index.SearchIndex;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 崩溃恢复 — a separate JVM rebuilds the index or catches up on the publication log and is killed with SIGKILL at
 * random moments (while starting, rebuilding, applying events, committing); after each kill the next start leaves
 * the index equal to the published tables: the same documents with the same text, and no withdrawn item.
 */
@QuarkusTest
class IndexCrashTest {

    private static final int ROUNDS = 8;
    private static final String CREDIT_CODE = Fixtures.penalty("-", BigDecimal.ONE).partyCreditCode();

    @Inject
    Workflow workflow;
    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void afterAKillAtAnyMomentTheNextStartEqualsThePublishedTables() throws Exception {
        Path dir = Files.createTempDirectory("zfgs-crash-index");
        PublishedSource source = new PublishedSource(dataSource);
        Random random = new Random(20261123);
        Fixtures.Team team = fixtures.team();
        List<Long> published = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // A backlog for the next catch-up: new decisions, and withdrawals of earlier ones.
            publishAndWithdraw(team, round, published, random);
            String mode = round % 3 == 0 ? "rebuild" : "follow";
            long delay = 300 + random.nextInt(5_000);
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    IndexerProcess.class.getName(), jdbcUrl, "zfgs_public", dir.toString(), mode)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + round + ".log").toFile()).start();
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                child.waitFor();
            }
            String childLog = Files.readString(dir.resolve("child-" + round + ".log"));
            String phase = childLog.contains("done") ? "finished" : childLog.contains("opened")
                    ? "killed while writing the index" : "killed while starting";
            System.out.printf("round %d: %s, %s after %d ms%n", round, mode, phase, delay);

            try (SearchIndex index = SearchIndex.open(dir, SearchIndex.Backend.LUCENE, Map.of())) {
                index.synchronize(source);
                assertThat(indexed(index)).as("round %d (%s, %d ms)", round, mode, delay).isEqualTo(expected(source));
            }
        }
    }

    private void publishAndWithdraw(Fixtures.Team team, int round, List<Long> published, Random random) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                DecisionContent content = new DecisionContent("测崩罚〔2026〕" + (round * 100 + i) + "号",
                        DecisionType.PENALTY, "江西崩溃测试" + round + "号商贸有限公司", PartyKind.LEGAL_PERSON,
                        CREDIT_CODE, null,
                        "经查，当事人第" + round + "轮第" + i + "次销售未标注厂名厂址的商品。", List.of("《中华人民共和国产品质量法》第五十四条"),
                        "罚款1000元。", new BigDecimal("1000"), null, LocalDate.of(2026, 3, 2), false, false);
                Revision draft = workflow.create(team.editor(), team.agencyId(), content, Instant.now());
                workflow.submit(team.editor(), draft.id(), Instant.now());
                workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
                workflow.approve(team.approver(), draft.id(), null, Instant.now());
                published.add(draft.itemId());
            }
            for (int i = 0; i < 10 && published.size() > 40; i++) {
                Long item = published.remove(random.nextInt(published.size() - 40));
                workflow.withdraw(team.approver(), item, WithdrawalReason.REVOKED, "测试撤销决定书", null,
                        LocalDate.now(Workflow.CHINA), Instant.now());
            }
        });
    }

    /** key → title and body, of every current published document of the searchable kinds. */
    private static Map<String, String> expected(PublishedSource source) {
        Map<String, String> docs = new TreeMap<>();
        var agencies = source.agencies();
        for (ContentKind kind : PublishedSource.INDEXED) {
            source.all(kind, agencies, d -> docs.put(d.key(), d.title() + "\n" + d.body()));
        }
        return docs;
    }

    private static Map<String, String> indexed(SearchIndex index) {
        Map<String, String> docs = new TreeMap<>();
        try (SearchSession session = index.mapping().createSession()) {
            session.search(SearchDocument.class)
                    .select(f -> f.composite().from(f.id(String.class), f.field("title", String.class),
                            f.field("body", String.class)).asList())
                    .where(f -> f.matchAll())
                    .fetchAllHits()
                    .forEach(hit -> docs.put((String) hit.get(0), hit.get(1) + "\n" + hit.get(2)));
        }
        return docs;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
