package cn.zfgs.portal.site;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.portal.support.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Every public section and entity page answers from the published model, with its structured data and links. */
@QuarkusTest
class PublicPagesTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void everySectionAnswersInChinese() {
        for (String path : List.of("/", "/agencies", "/items", "/inspections", "/inspection-results", "/officers",
                "/officers/legal-reviewers", "/guides", "/flowcharts", "/rights-notices", "/discretion-benchmarks",
                "/decisions", "/laws", "/verify")) {
            given().get(path).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"zh-CN\""))
                    .body(not(containsString("<script src")));
        }
    }

    @Test
    void theHomePageLinksEverySectionAndAnnouncesTheLatestCorrectionOrWithdrawal() {
        var body = given().get("/").then().statusCode(200).extract().asString();
        for (String link : List.of("/agencies", "/items", "/officers", "/guides", "/decisions", "/verify",
                "/inspections", "/flowcharts", "/rights-notices", "/discretion-benchmarks", "/laws", "/data")) {
            assertThat(body).contains("href=\"" + link + "\"");
        }
        String latest = Db.one(ds, "SELECT item_id FROM (SELECT item_id, published_at AS at FROM pub_decision "
                + "WHERE is_current AND version > 1 UNION ALL SELECT item_id, withdrawn_at AS at FROM pub_tombstone "
                + "WHERE kind = 'DECISION') n ORDER BY at DESC, item_id DESC LIMIT 1");
        String notices = body.substring(body.indexOf("更正与撤回公告"));
        assertThat(notices.substring(0, notices.indexOf("</section>"))).contains("href=\"/decisions/" + latest + "\"");
    }

    @Test
    void theAgencyTreeNestsTheCountyUnderTheCity() {
        String city = Db.one(ds, "SELECT item_id FROM pub_agency WHERE is_current AND level = 'CITY'");
        String county = Db.one(ds, "SELECT name FROM pub_agency WHERE is_current AND level = 'COUNTY'");
        String body = given().get("/agencies").then().statusCode(200).extract().asString();
        String cityBranch = body.substring(body.indexOf("/agencies/" + city + "\""));
        assertThat(cityBranch.substring(0, cityBranch.indexOf("</li>\n</ul>"))).contains(county);
    }

    @Test
    void anAgencyPageShowsItsChannelsAndLinksToWhatItPublishes() {
        String id = Db.one(ds, "SELECT item_id FROM pub_agency WHERE is_current AND level = 'PROVINCE'");
        String complaint = Db.one(ds, "SELECT complaint_channel FROM pub_agency WHERE is_current AND item_id = ?",
                Long.parseLong(id));
        given().get("/agencies/" + id).then().statusCode(200)
                .body(containsString("监督与投诉"))
                .body(containsString(complaint))
                .body(containsString("href=\"/items?agency=" + id + "\""))
                .body(containsString("href=\"/officers?agency=" + id + "\""))
                .body(containsString("href=\"/decisions?agency=" + id + "\""))
                .body(containsString("\"@type\":\"GovernmentOrganization\""))
                .body(containsString("<meta property=\"og:url\" content=\"http://localhost:8080/agencies/" + id + "\">"));
    }

    @Test
    void anItemPageQuotesItsLegalBasesAndLinksTheArticleInItsLaw() {
        String id = Db.one(ds, "SELECT item_id FROM pub_enforcement_item WHERE is_current AND random_inspection "
                + "ORDER BY item_id LIMIT 1");
        String bases = Db.one(ds, "SELECT legal_bases FROM pub_enforcement_item WHERE is_current AND item_id = ?",
                Long.parseLong(id));
        String first = bases.substring(2, bases.indexOf('"', 2));
        var check = LawCatalogue.shipped().check(first);
        assertThat(check.isValid()).as(first).isTrue();
        String href = Links.article(check.law(), check.article());
        String body = given().get("/items/" + id).then().statusCode(200)
                .body(containsString("href=\"" + href + "\""))
                .body(containsString(check.article().paragraphs().get(0)))
                .body(containsString("随机抽查"))
                .body(containsString("action=\"/reports\""))
                .body(containsString("\"@type\":\"GovernmentService\""))
                .extract().asString();
        assertThat(body).contains("<svg class=\"flowchart-svg\"").contains("<ol class=\"flow-steps\"");

        String lawPath = href.substring(0, href.indexOf('#'));
        given().urlEncodingEnabled(false).get(lawPath).then().statusCode(200)
                .body(containsString("id=\"" + href.substring(href.indexOf('#') + 1) + "\""))
                .body(containsString(check.law().title()))
                .body(containsString("\"@type\":\"Legislation\""));
    }

    @Test
    void anUnknownLawIsAChineseNotFound() {
        given().get("/laws/" + URLEncoder.encode("不存在的法-2020-01-01", StandardCharsets.UTF_8)).then()
                .statusCode(404).body(containsString("未找到法律法规"));
    }

    @Test
    void theCatalogueFiltersByTypeAndAgencyAndRejectsBadFilters() {
        String agency = Db.one(ds, "SELECT item_id FROM pub_agency WHERE is_current AND level = 'COUNTY'");
        String agencyName = Db.one(ds, "SELECT name FROM pub_agency WHERE is_current AND item_id = ?",
                Long.parseLong(agency));
        long penalties = Db.number(ds, "SELECT COUNT(*) FROM pub_enforcement_item i JOIN pub_agency a "
                + "ON a.agency_id = i.agency_id AND a.is_current WHERE i.is_current AND i.item_type = 'PENALTY' "
                + "AND a.item_id = ?", Long.parseLong(agency));
        given().get("/items?type=PENALTY&agency=" + agency).then().statusCode(200)
                .body(containsString("共 " + penalties + " 项"))
                .body(containsString("<option value=\"" + agency + "\" selected>" + agencyName));
        given().get("/items?type=FINE").then().statusCode(400).body(containsString("类别（type）参数无效"));
        given().get("/items?agency=abc").then().statusCode(400).body(containsString("执法主体（agency）"));
        given().get("/items/abc").then().statusCode(400).body(containsString("执法事项编号格式不正确"));
        given().get("/items/987654321").then().statusCode(404).body(containsString("未找到该执法事项"));
    }

    @Test
    void theRandomInspectionListShowsEveryAttribute() {
        given().get("/inspections").then().statusCode(200)
                .body(containsString("抽查主体")).body(containsString("抽查依据")).body(containsString("抽查对象"))
                .body(containsString("抽查内容")).body(containsString("抽查比例")).body(containsString("抽查方式"))
                .body(containsString("抽查频次"));
        long results = Db.number(ds, "SELECT COUNT(*) FROM pub_inspection_result WHERE is_current");
        given().get("/inspection-results").then().statusCode(200).body(containsString("条）"))
                .body(containsString(Db.one(ds, "SELECT inspected_name FROM pub_inspection_result WHERE is_current "
                        + "ORDER BY inspected_on DESC, item_id DESC LIMIT 1")));
        assertThat(results).isPositive();
        given().get("/inspection-results?year=20x6").then().statusCode(400).body(containsString("年份（year）"));
    }

    @Test
    void guidesFlowchartsRightsAndBenchmarksHaveTheirPages() {
        String guide = Db.one(ds, "SELECT item_id FROM pub_service_guide WHERE is_current ORDER BY item_id LIMIT 1");
        given().get("/guides/" + guide).then().statusCode(200).body(containsString("申请材料"))
                .body(containsString("办理进度查询"));
        String flowchart = Db.one(ds, "SELECT item_id FROM pub_flowchart WHERE is_current ORDER BY item_id LIMIT 1");
        given().get("/flowcharts/" + flowchart).then().statusCode(200)
                .body(containsString("role=\"img\" aria-labelledby=\"fc" + flowchart + "-title fc" + flowchart + "-desc\""))
                .body(containsString("文字版流程"))
                .body(containsString("流程至此结束"));
        String rights = Db.one(ds, "SELECT item_id FROM pub_rights_notice WHERE is_current AND item_type = 'PENALTY' "
                + "ORDER BY item_id LIMIT 1");
        given().get("/rights-notices/" + rights).then().statusCode(200).body(containsString("陈述权"))
                .body(containsString("申请行政复议")).body(containsString("六十日"));
        String benchmark = Db.one(ds, "SELECT item_id FROM pub_discretion_benchmark WHERE is_current LIMIT 1");
        given().get("/discretion-benchmarks/" + benchmark).then().statusCode(200).body(containsString("裁量阶次"));
    }

    @Test
    void aCorrectedDecisionShowsEveryChangeNoteAndItsEarlierVersion() {
        String id = Db.one(ds, "SELECT item_id FROM pub_decision WHERE is_current AND version > 1 ORDER BY item_id LIMIT 1");
        String note = Db.one(ds, "SELECT change_note FROM pub_decision WHERE is_current AND item_id = ?",
                Long.parseLong(id));
        given().get("/decisions/" + id).then().statusCode(200)
                .body(containsString("更正说明：" + note))
                .body(containsString("href=\"/decisions/" + id + "?version=1\""))
                .body(containsString("\"@type\":\"DigitalDocument\""))
                .body(containsString("property=\"og:title\""));
        given().get("/decisions/" + id + "?version=1").then().statusCode(200)
                .body(containsString("该版本已被更正"));
        given().get("/decisions/" + id + "?version=99").then().statusCode(404).body(containsString("第 99 版"));
    }

    @Test
    void aWithdrawnDecisionIsGoneWithItsNoticeAndNothingOfItsContent() {
        String id = Db.one(ds, "SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' ORDER BY item_id LIMIT 1");
        String basis = Db.one(ds, "SELECT basis_document FROM pub_tombstone WHERE item_id = ?", Long.parseLong(id));
        given().get("/decisions/" + id).then().statusCode(410)
                .body(containsString("该执法决定已撤回"))
                .body(containsString(basis))
                .body(not(containsString("当事人")));
        given().get("/decisions/" + id + "?version=1").then().statusCode(410);
    }

    @Test
    void theDecisionListFiltersAndPagesStably() {
        long penalties2025 = Db.number(ds, "SELECT COUNT(*) FROM pub_decision WHERE is_current AND decision_type = "
                + "'PENALTY' AND decision_date >= DATE '2025-01-01' AND decision_date < DATE '2026-01-01'");
        String firstOfPage2 = Db.one(ds, "SELECT document_number FROM pub_decision WHERE is_current AND decision_type "
                + "= 'PENALTY' AND decision_date >= DATE '2025-01-01' AND decision_date < DATE '2026-01-01' "
                + "ORDER BY decision_date DESC, item_id DESC OFFSET 20 LIMIT 1");
        given().get("/decisions?type=PENALTY&year=2025").then().statusCode(200)
                .body(containsString("共 " + penalties2025 + " 件"))
                .body(containsString("href=\"/decisions?type=PENALTY&amp;year=2025&amp;page=2\""))
                .body(not(containsString(firstOfPage2 + "<")));
        given().get("/decisions?type=PENALTY&year=2025&page=2").then().statusCode(200)
                .body(containsString(firstOfPage2));
        given().get("/decisions?page=0").then().statusCode(400).body(containsString("页码（page）"));
        given().get("/decisions?year=1999").then().statusCode(400).body(containsString("2000 至 2100"));
        given().get("/decisions?page=100000").then().statusCode(404).body(containsString("没有第 100000 页"));
    }

    @Test
    void aHugeQueryStringIsRefusedWithoutA500() {
        int status = given().get("/decisions?type=" + "A".repeat(20_000)).then().extract().statusCode();
        assertThat(status).isBetween(400, 499);
    }

    @Test
    void pagesArePrintableAndSelfContained() {
        String id = Db.one(ds, "SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id LIMIT 1");
        String html = given().get("/decisions/" + id).then().statusCode(200).extract().asString();
        String css = given().get("/css/portal.css").then().statusCode(200).extract().asString();
        assertThat(html.getBytes(StandardCharsets.UTF_8).length + css.getBytes(StandardCharsets.UTF_8).length)
                .as("decision page HTML + CSS").isLessThan(100 * 1024);
        assertThat(html).doesNotContainPattern("src=\"(https?:)?//")
                .doesNotContainPattern("rel=\"(stylesheet|icon)\" href=\"(https?:)?//");
        assertThat(css).contains("@media print").doesNotContain("url(http").doesNotContain("@import");
    }
}
