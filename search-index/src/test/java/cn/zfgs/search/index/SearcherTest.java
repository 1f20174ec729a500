package cn.zfgs.search.index;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.search.query.SearchRequest;
import cn.zfgs.search.query.SearchResults;
import cn.zfgs.search.query.Searcher;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking, query language, facets, paging and highlights on a real Lucene index with the Chinese analysis. */
class SearcherTest {

    private static final AgencyDirectory AGENCIES = new AgencyDirectory(List.of(
            new AgencyDirectory.Agency(1, 101, "江西省药品监督管理局", "360000", "江西省", null),
            new AgencyDirectory.Agency(2, 102, "南昌市市场监督管理局", "360100", "江西省南昌市", 1L),
            new AgencyDirectory.Agency(3, 103, "进贤县市场监督管理局", "360124", "江西省南昌市进贤县", 2L)));

    private static SearchIndex index;
    private static Searcher searcher;

    @BeforeAll
    static void indexDocuments() throws IOException {
        index = SearchIndex.open(Files.createTempDirectory("searcher-test"), SearchIndex.Backend.LUCENE, Map.of());
        searcher = new Searcher(index);
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(decision(1, 1, "赣药监罚〔2024〕12号", DecisionType.PENALTY, "南昌福丰医药贸易有限公司",
                "当事人销售超过有效期的药品复方丹参滴丸，货值金额较小。", "罚款50000元。", "50000", LocalDate.of(2024, 5, 2)));
        docs.add(decision(2, 1, "赣药监罚〔2024〕1号", DecisionType.PENALTY, "宜春诚乐大药房连锁有限公司",
                "当事人从不具有药品经营资质的公司购进药品。", "罚款170000元。", "170000", LocalDate.of(2024, 3, 1)));
        docs.add(decision(3, 3, "进市监罚〔2024〕2号", DecisionType.PENALTY, "王某某",
                "当事人王某某<script>alert(1)</script>未办理营业执照从事经营活动。", "罚款1700元。", "1700",
                LocalDate.of(2024, 2, 1)));
        docs.add(decision(4, 2, "洪市监许可〔2025〕0004号", DecisionType.LICENSING, "南昌天盛医疗器械有限公司",
                "当事人申请从事第三类医疗器械经营。", "准予许可。", null, LocalDate.of(2025, 1, 8)));
        docs.add(decision(5, 2, "洪市监处罚〔2025〕0345号", DecisionType.PENALTY, "江西泰怡连锁超市有限公司长堎店",
                "当事人销售超过保质期的食品夹心饼干，属于销售过期食品。", "没收违法所得，罚款8000元。", "8000",
                LocalDate.of(2025, 6, 1)));
        for (int i = 0; i < 45; i++) {
            docs.add(decision(100 + i, 3, "进市监罚〔2023〕" + (i + 1) + "号", DecisionType.PENALTY,
                    "进贤县某副食店" + i, "当事人经营超过保质期的食品。", "罚款" + (1000 + i) + "元。", "1000",
                    LocalDate.of(2023, 1 + i % 12, 1 + i % 28)));
        }
        docs.add(DocumentFactory.officer(500, DocumentFactory.place(AGENCIES, 3, null), "王建国", "3601240100002",
                "药品监管", "360124", "江西省南昌市进贤县", OfficerStatus.VALID, false, LocalDate.of(2024, 1, 1)));
        try (SearchSession s = index.mapping().createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            docs.forEach(s.indexingPlan()::add);
        }
        setAgencies();
    }

    private static void setAgencies() {
        try {
            var field = SearchIndex.class.getDeclaredField("agencies");
            field.setAccessible(true);
            field.set(index, AGENCIES);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static SearchDocument decision(long id, long agency, String number, DecisionType type, String party, String facts,
            String result, String fine, LocalDate date) {
        return DocumentFactory.decision(id, DocumentFactory.place(AGENCIES, agency, null), number, type, party, facts,
                result, List.of("《中华人民共和国药品管理法》第九十八条"), fine == null ? null : new BigDecimal(fine), date);
    }

    static SearchResults search(String q) {
        return search(q, null, null, null);
    }

    static SearchResults search(String q, String sort, String after, String agency) {
        return searcher.search(SearchRequest.parse(new SearchRequest.Parameters(q, null, null, agency, null, null, null,
                sort, null, after, null, null)));
    }

    static List<String> titles(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::title).toList();
    }

    @Test
    void anExactDocumentNumberRanksFirstWrittenAnyWay() {
        for (String q : List.of("赣药监罚〔2024〕12号", "赣药监罚[2024]12号", "赣药监罚2024 12号", "贛藥監罰（２０２４）１２號")) {
            assertThat(titles(search(q))).as(q).first().isEqualTo("赣药监罚〔2024〕12号");
        }
    }

    @Test
    void aPartOfACompanyNameOrAMaskedNameFindsTheParty() {
        assertThat(titles(search("福丰医药"))).first().isEqualTo("赣药监罚〔2024〕12号");
        assertThat(titles(search("诚乐大药房"))).first().isEqualTo("赣药监罚〔2024〕1号");
        assertThat(titles(search("王某某"))).first().isEqualTo("进市监罚〔2024〕2号");
    }

    @Test
    void wordsMustAllMatchPhrasesMatchAsWrittenAndExclusionsRemove() {
        assertThat(titles(search("过期 饼干"))).containsExactly("洪市监处罚〔2025〕0345号");
        assertThat(titles(search("\"超过有效期\""))).containsExactly("赣药监罚〔2024〕12号");
        assertThat(titles(search("超过保质期 -饼干"))).doesNotContain("洪市监处罚〔2025〕0345号").isNotEmpty();
        assertThat(titles(search("銷售過期食品"))).contains("洪市监处罚〔2025〕0345号");
    }

    @Test
    void highlightsAreEscapedAndMarked() {
        SearchResults.Hit hit = search("营业执照").hits().get(0);
        assertThat(hit.snippetHtml()).contains("<mark>营业执照</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void anAgencyFilterIncludesItsSubordinatesAndFacetsCount() {
        SearchResults city = search("", null, null, "2");
        assertThat(city.total()).isEqualTo(2 + 1 + 45 + 1);
        SearchResults.Facet agencies = city.facets().stream().filter(f -> f.parameter().equals("agency")).findFirst()
                .orElseThrow();
        assertThat(agencies.buckets()).anySatisfy(b -> {
            assertThat(b.label()).isEqualTo("进贤县市场监督管理局");
            assertThat(b.count()).isEqualTo(47);
        });
        SearchResults.Facet amounts = search("").facets().stream().filter(f -> f.parameter().equals("amount"))
                .findFirst().orElseThrow();
        assertThat(amounts.buckets()).anySatisfy(b -> {
            assertThat(b.value()).isEqualTo("from-100k");
            assertThat(b.count()).isEqualTo(1);
        });
    }

    @Test
    void searchAfterPagesThroughEveryResultOnceInDateOrder() {
        Set<String> seen = new HashSet<>();
        LocalDate previous = LocalDate.MAX;
        String after = null;
        int pages = 0;
        do {
            SearchResults page = search("", "newest", after, null);
            for (SearchResults.Hit h : page.hits()) {
                assertThat(seen.add(h.kind() + h.itemId())).isTrue();
                assertThat(h.date()).isBeforeOrEqualTo(previous);
                previous = h.date();
            }
            after = page.next() == null ? null : page.next().token();
            pages++;
        } while (after != null);
        assertThat(seen).hasSize(51);
        assertThat(pages).isEqualTo(3);
    }
}
