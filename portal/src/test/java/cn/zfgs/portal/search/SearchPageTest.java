package cn.zfgs.portal.search;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.search.SearchService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The search page and the JSON API over real HTTP, on the index the application keeps from the publication log. */
@QuarkusTest
class SearchPageTest {

    @Inject
    SearchService search;
    @Inject
    Workflow workflow;
    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void caughtUp() {
        search.synchronize();
    }

    @Test
    void anExactDocumentNumberIsTheFirstResultAndLinksToItsPage() throws SQLException {
        String[] row = row("SELECT item_id, document_number, party_name FROM pub_decision WHERE is_current "
                + "AND document_number LIKE '赣药监罚%' ORDER BY item_id LIMIT 1");
        String unbracketed = row[1].replace("〔", "[").replace("〕", "]");
        given().queryParam("q", unbracketed).get("/search").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\""))
                .body(containsString("<li class=\"result result-decision\">\n        <span class=\"kind-icon\" "
                        + "aria-hidden=\"true\">决</span>\n        <div>\n          <h3><a href=\"/decisions/" + row[0]
                        + "\">"))
                .body(containsString("当事人：" + row[2]));
        JsonPath json = given().queryParam("q", row[1]).get("/api/v1/search").then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
        assertThat(json.getLong("hits[0].id")).isEqualTo(Long.parseLong(row[0]));
        assertThat(json.getString("hits[0].url")).isEqualTo("/decisions/" + row[0]);
        assertThat(json.getList("facets.parameter")).contains("kind", "type", "agency", "region", "year", "amount");
    }

    @Test
    void facetLinksNarrowTheResultsWithoutJavaScript() throws SQLException {
        long penalties = Long.parseLong(row("SELECT COUNT(*) FROM pub_decision WHERE is_current "
                + "AND decision_type = 'PENALTY'")[0]);
        JsonPath all = given().queryParam("kind", "decisions").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> bucket = all.getMap("facets.find { it.parameter == 'type' }.buckets.find { it.value == 'penalty' }");
        assertThat(((Number) bucket.get("count")).longValue()).isEqualTo(penalties);

        String page = given().queryParam("kind", "decisions").get("/search").then().statusCode(200).extract().asString();
        assertThat(page).contains("<a href=\"/search?kind=decisions&amp;sort=newest&amp;type=penalty\">行政处罚</a> "
                + "<span class=\"count\">" + penalties + "</span>");
        given().get("/search?kind=decisions&sort=newest&type=penalty").then().statusCode(200)
                .body(containsString("共找到 " + penalties + " 条结果"))
                .body(containsString("aria-label=\"取消条件：决定类别：行政处罚\""));
    }

    @Test
    void anAgencyFacetCountsItsSubordinatesToo() throws SQLException {
        String[] city = row("SELECT agency_id FROM pub_agency WHERE is_current AND name = '南昌市市场监督管理局'");
        long own = Long.parseLong(row("SELECT COUNT(*) FROM pub_decision d JOIN pub_agency a ON a.agency_id = d.agency_id "
                + "AND a.is_current WHERE d.is_current AND (a.agency_id = " + city[0] + " OR a.parent_agency_id = "
                + city[0] + ")")[0]);
        given().queryParam("kind", "decisions").queryParam("agency", city[0]).get("/api/v1/search").then()
                .statusCode(200).body("total", equalTo((int) own));
    }

    @Test
    void hostileInputIsTextOrAChineseMessageNeverAnError() {
        List<String> inputs = List.of("\"过期药品", "party:王* AND (药品~2 OR title:[a TO z])", "药".repeat(5_000),
                "\u0000\u0001\u001f药品\u007f", "<script>alert(1)</script>", "a b c d e f g h i j k l m n",
                "\uD800", "-", "\"\"", "*:*", "%", "\\", "。。。", "”“");
        for (String q : inputs) {
            given().queryParam("q", q).get("/search").then()
                    .statusCode(anyOf(is(200), is(400)))
                    .contentType(containsString("text/html"))
                    .body(not(containsString("<script>alert(1)</script>")))
                    .body(not(containsString("Exception")));
            given().queryParam("q", q).get("/api/v1/search").then()
                    .statusCode(anyOf(is(200), is(400)))
                    .contentType(containsString("application/json"));
        }
        given().queryParam("q", "药".repeat(5_000)).get("/api/v1/search").then().statusCode(400)
                .body("parameter", equalTo("q")).body("message", containsString("搜索词过长"));
        given().queryParam("q", "药".repeat(5_000)).get("/search").then().statusCode(400)
                .body(containsString("搜索词过长"));
        for (String[] bad : new String[][] {{"page", "x"}, {"page", "99999"}, {"size", "0"}, {"year", "20245"},
                {"type", "nope"}, {"kind", "secrets"}, {"agency", "-1"}, {"region", "36"}, {"amount", "lots"},
                {"sort", "random"}, {"after", "%%%"}, {"after", "MTIzfHg"}, {"facets", "maybe"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/search").then().statusCode(400)
                    .body("parameter", equalTo(bad[0]));
            given().queryParam(bad[0], bad[1]).get("/search").then().statusCode(400)
                    .body(containsString("role=\"alert\""));
        }
    }

    @Test
    void highlightsAreMarkedAndEscaped() {
        String page = given().queryParam("q", "复方丹参滴丸").get("/search").then().statusCode(200).extract().asString();
        assertThat(page).contains("<mark>复方丹参滴丸</mark>");
        assertThat(page.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<mark");
    }

    @Test
    void searchAfterPagesThroughEveryDecisionOnce() throws SQLException {
        long decisions = Long.parseLong(row("SELECT COUNT(*) FROM pub_decision WHERE is_current")[0]);
        Set<Long> seen = new HashSet<>();
        String next = "/api/v1/search?kind=decisions&sort=newest&size=50";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            for (Object id : page.getList("hits.id")) {
                assertThat(seen.add(((Number) id).longValue())).as("each decision once").isTrue();
            }
            next = page.getString("next");
            pages++;
        }
        assertThat(seen).hasSize((int) decisions);
        assertThat(pages).isEqualTo((int) ((decisions + 49) / 50));
    }

    @Test
    void aPublishedDecisionIsFoundWithinTwoSecondsAndAWithdrawnOneDisappears() {
        Fixtures.Team team = fixtures.team();
        String number = "测市监罚〔2026〕" + (800 + team.agencyId() % 100) + "号";
        DecisionContent content = new DecisionContent(number, DecisionType.PENALTY, "江西翠微琉璃工艺品有限公司",
                PartyKind.LEGAL_PERSON, Fixtures.penalty("-", BigDecimal.ONE).partyCreditCode(), null,
                "经查，当事人销售的琉璃摆件未标注生产厂名厂址。",
                List.of("《中华人民共和国产品质量法》第五十四条"), "责令改正，罚款3000元。", new BigDecimal("3000"), null,
                LocalDate.of(2026, 3, 2), false, false);
        Revision draft = workflow.create(team.editor(), team.agencyId(), content, Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        long published = System.nanoTime();

        awaitUpTo2s(() -> total("翠微琉璃") == 1, "published decision searchable");
        System.out.printf("publish-to-searchable: %d ms%n", (System.nanoTime() - published) / 1_000_000);
        given().queryParam("q", "翠微琉璃").get("/search").then().statusCode(200)
                .body(containsString("/decisions/" + draft.itemId()));

        workflow.withdraw(team.approver(), draft.itemId(), WithdrawalReason.REVOKED, "测试撤销决定书", null,
                LocalDate.now(Workflow.CHINA), Instant.now());
        awaitUpTo2s(() -> total("翠微琉璃") == 0, "withdrawn decision gone");
        given().queryParam("q", "翠微琉璃").get("/search").then().statusCode(200)
                .body(not(containsString("/decisions/" + draft.itemId())))
                .body(not(containsString("琉璃摆件")));
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/search"))
                .body(containsString("检索公开信息"));
    }

    @Test
    void theHomePageSearchBoxSubmitsToTheSearchPage() {
        given().get("/").then().statusCode(200)
                .body(containsString("<form class=\"search-box\" method=\"get\" action=\"/search\" role=\"search\">"));
    }

    private static long total(String q) {
        return given().queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    private static void awaitUpTo2s(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 2 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String[] row(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            String[] values = new String[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getString(i + 1);
            }
            return values;
        }
    }
}
