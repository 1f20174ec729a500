package cn.zfgs.portal.browser;

import cn.zfgs.portal.support.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a visitor sees it, in Debian's headless Chromium: every section reached by its links, an officer
 * verified, a corrected decision's history, a withdrawn decision, an error report, the large-text mode; axe-core
 * finds no violation on any page template, and every page fits a 360 px screen. Screenshots of each page at 360 px
 * and 1280 px go to target/screenshots. One browser for the whole class.
 */
@QuarkusTest
class PortalBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;
    @Inject
    AgroalDataSource ds;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void standardText() {
        open("/robots.txt");
        browser.driver.manage().deleteAllCookies();
        browser.resize(1280, 1000);
    }

    private void open(String path) {
        browser.driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private String h1() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    private String id(String sql) {
        return Db.one(ds, sql);
    }

    /** One page per template (and per state of a template), by name. */
    private Map<String, String> everyTemplate() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("agencies", "/agencies");
        pages.put("agency", "/agencies/" + id("SELECT item_id FROM pub_agency WHERE is_current AND level = 'CITY'"));
        pages.put("agency-board", "/agencies/" + id("SELECT item_id FROM pub_agency WHERE is_current AND level = 'CITY'")
                + "/board");
        pages.put("items", "/items");
        pages.put("item", "/items/" + id("SELECT item_id FROM pub_enforcement_item WHERE is_current "
                + "AND random_inspection ORDER BY item_id LIMIT 1"));
        pages.put("inspections", "/inspections");
        pages.put("inspection-results", "/inspection-results");
        pages.put("officers", "/officers");
        pages.put("legal-reviewers", "/officers/legal-reviewers");
        pages.put("officer", "/officers/" + id("SELECT item_id FROM pub_officer WHERE is_current "
                + "AND status = 'REVOKED' ORDER BY item_id LIMIT 1"));
        pages.put("verify", "/verify");
        pages.put("verify-valid", "/verify?certificate=" + id("SELECT certificate_number FROM pub_officer "
                + "WHERE is_current AND status = 'VALID' AND valid_until >= CURRENT_DATE ORDER BY item_id LIMIT 1"));
        pages.put("verify-unknown", "/verify?certificate=3699999999999");
        pages.put("guides", "/guides");
        pages.put("guide", "/guides/" + id("SELECT item_id FROM pub_service_guide WHERE is_current ORDER BY item_id LIMIT 1"));
        pages.put("flowcharts", "/flowcharts");
        pages.put("flowchart", "/flowcharts/" + id("SELECT item_id FROM pub_flowchart WHERE is_current "
                + "AND item_type = 'PENALTY' ORDER BY item_id LIMIT 1"));
        pages.put("rights-notices", "/rights-notices");
        pages.put("rights-notice", "/rights-notices/" + id("SELECT item_id FROM pub_rights_notice WHERE is_current "
                + "ORDER BY item_id LIMIT 1"));
        pages.put("benchmarks", "/discretion-benchmarks");
        pages.put("benchmark", "/discretion-benchmarks/" + id("SELECT item_id FROM pub_discretion_benchmark "
                + "WHERE is_current ORDER BY item_id LIMIT 1"));
        pages.put("decisions", "/decisions?type=PENALTY");
        String corrected = id("SELECT item_id FROM pub_decision WHERE is_current AND version > 1 ORDER BY item_id LIMIT 1");
        pages.put("decision", "/decisions/" + corrected);
        pages.put("decision-old-version", "/decisions/" + corrected + "?version=1");
        pages.put("decision-withdrawn", "/decisions/" + id("SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' "
                + "ORDER BY item_id LIMIT 1"));
        pages.put("annual-report", "/annual-reports/" + id("SELECT item_id FROM pub_agency WHERE is_current "
                + "AND level = 'CITY'") + "/" + id("SELECT MAX(EXTRACT(YEAR FROM decision_date))::int FROM pub_decision "
                + "WHERE is_current"));
        pages.put("laws", "/laws");
        pages.put("law", "/laws/%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A%E6%B3%95-2021-01-22#article-44");
        pages.put("not-found", "/no/such/page");
        pages.put("bad-request", "/decisions?year=abc");
        return pages;
    }

    @Test
    void everyPageTemplateHasNoAxeViolationsAndFitsA360PxScreen() {
        List<String> problems = new ArrayList<>();
        for (var page : everyTemplate().entrySet()) {
            browser.resize(1280, 1000);
            open(page.getValue());
            browser.axeViolations().forEach(v -> problems.add(page.getKey() + " " + page.getValue() + ": " + v));
            browser.screenshot(page.getKey(), 1280);
            browser.resize(360, 800);
            if (!browser.fitsWidth()) {
                problems.add(page.getKey() + " " + page.getValue() + ": wider than 360 px");
            }
            browser.screenshot(page.getKey(), 360);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReportFormsPassAxeToo() {
        String decision = id("SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id LIMIT 1");
        open("/decisions/" + decision);
        browser.driver.executeScript("document.querySelector('form[action=\"/reports\"]').noValidate = true;");
        browser.driver.findElement(By.id("report-description")).sendKeys("错");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action='/reports'] button")));
        assertThat(h1()).isEqualTo("纠错未提交");
        assertThat(browser.driver.getPageSource()).contains("“错误内容”过短");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshot("report-invalid", 1280);
    }

    @Test
    void everySectionIsReachedFromTheNavigationAndTheHomePage() {
        Map<String, String> nav = new LinkedHashMap<>();
        nav.put("执法主体", "执法主体");
        nav.put("执法事项", "执法事项清单");
        nav.put("执法人员", "执法人员名册");
        nav.put("服务指南", "服务指南");
        nav.put("执法决定", "执法决定");
        for (var link : nav.entrySet()) {
            open("/");
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText(link.getKey())));
            assertThat(h1()).isEqualTo(link.getValue());
        }
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("执法人员核验", "执法人员核验");
        sections.put("随机抽查", "随机抽查事项清单");
        sections.put("执法流程图", "执法流程图");
        sections.put("权利告知", "权利告知");
        sections.put("裁量基准", "行政处罚裁量基准");
        sections.put("法律法规", "法律法规");
        for (var link : sections.entrySet()) {
            open("/");
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("ul.sections")).findElement(By.linkText(link.getKey())));
            assertThat(h1()).isEqualTo(link.getValue());
        }
        open("/agencies");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("ul.tree a")));
        String agency = h1();
        browser.clickAndWait(browser.driver.findElement(By.partialLinkText("执法事项（")));
        assertThat(h1()).isEqualTo("执法事项清单");
        assertThat(browser.driver.findElement(By.cssSelector("#filter-agency option[selected]")).getText())
                .isEqualTo(agency);
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("table a[href^='/items/']")));
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("ul.citations a")));
        assertThat(browser.driver.getCurrentUrl()).contains("/laws/").contains("#article-");
        String anchor = browser.driver.getCurrentUrl().replaceAll(".*#", "");
        assertThat(browser.driver.findElement(By.id(anchor)).getText()).startsWith("第");
    }

    @Test
    void anOfficerIsVerifiedValidRevokedOrUnknown() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(id("SELECT certificate_number FROM pub_officer WHERE is_current AND status = 'VALID' "
                + "AND valid_until >= CURRENT_DATE ORDER BY item_id LIMIT 1"), "有效");
        cases.put(id("SELECT certificate_number FROM pub_officer WHERE is_current AND status = 'REVOKED' "
                + "ORDER BY item_id LIMIT 1"), "已注销");
        cases.put("3699999999999", "未查到");
        for (var c : cases.entrySet()) {
            open("/verify");
            WebElement input = browser.driver.findElement(By.id("certificate"));
            input.sendKeys(c.getKey());
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.verify-form button")));
            assertThat(browser.driver.findElement(By.id("result-heading")).getText())
                    .contains(c.getKey()).contains(c.getValue());
        }
        browser.screenshot("verify-result", 1280);
    }

    @Test
    void aCorrectedDecisionsHistoryLeadsToTheEarlierVersionAndBack() {
        String id = id("SELECT item_id FROM pub_decision WHERE is_current AND version > 1 ORDER BY item_id LIMIT 1");
        String note = Db.one(ds, "SELECT change_note FROM pub_decision WHERE is_current AND item_id = ?", Long.parseLong(id));
        open("/decisions/" + id);
        assertThat(browser.driver.findElement(By.cssSelector("ol.history")).getText()).contains(note);
        browser.clickAndWait(browser.driver.findElement(By.linkText("第 1 版")));
        assertThat(browser.driver.findElement(By.cssSelector(".notice.warning")).getText()).contains("该版本已被更正");
        browser.clickAndWait(browser.driver.findElement(By.linkText("查看现行版本")));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/decisions/" + id);
    }

    @Test
    void aWithdrawnDecisionShowsOnlyItsNotice() {
        String id = id("SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' ORDER BY item_id LIMIT 1");
        open("/decisions/" + id);
        assertThat(h1()).isEqualTo("该执法决定已撤回");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("撤回原因").doesNotContain("当事人");
    }

    @Test
    void anErrorReportIsSubmittedFromADecisionPage() {
        String id = id("SELECT item_id FROM pub_decision WHERE is_current ORDER BY decision_date DESC LIMIT 1");
        open("/decisions/" + id);
        browser.driver.findElement(By.id("report-description")).sendKeys("浏览器测试：决定日期与文书不一致。");
        browser.driver.findElement(By.id("report-contact")).sendKeys("tester@example.cn");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action='/reports'] button")));
        assertThat(h1()).isEqualTo("纠错已收到");
        assertThat(browser.axeViolations()).isEmpty();
        assertThat(Db.one(ds, "SELECT subject_id FROM error_report WHERE description = ?",
                "浏览器测试：决定日期与文书不一致。")).isEqualTo(id);
    }

    @Test
    void theLargeTextModeIsKeptAcrossPages() {
        open("/items");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.text-size button")));
        assertThat(browser.htmlClass()).contains("text-large");
        assertThat(h1()).isEqualTo("执法事项清单");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("执法决定")));
        assertThat(browser.htmlClass()).contains("text-large");
        assertThat(browser.axeViolations()).isEmpty();
        browser.resize(360, 800);
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("decisions-large-text", 360);
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.text-size button")));
        assertThat(browser.htmlClass()).doesNotContain("text-large");
    }
}
