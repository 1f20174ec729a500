package cn.zfgs.portal.browser;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Totp;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.redaction.PlantedDecisions;
import cn.zfgs.portal.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff area in Debian's headless Chromium. The redaction editor: the text shows the suggested spans, a selection
 * becomes a span through the JSON API, the preview shows its replacement, confirming every suggestion leaves nothing
 * waiting, and the page passes axe-core with the editor drawn. And a decision's whole way, each step by the person
 * whose role it is: created with personal data, redactions confirmed, reviewed, legally reviewed, approved, public
 * and redacted, corrected with a change note, withdrawn.
 */
@QuarkusTest
class AdminBrowserTest {

    private static final String PASSWORD = "Correct-Horse-9";
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;
    @Inject
    Workflow workflow;

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

    private void signIn(String username) {
        browser.driver.manage().deleteAllCookies();
        open("/admin/login");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/admin/login");
    }

    /** Picks an option as a user would: the value set, and the change event the page's script listens to. */
    private void choose(String id, String value) {
        browser.driver.executeScript("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change', { bubbles: true }));", id, value);
    }

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void press(String formAction) {
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action$='" + formAction + "'] button")));
    }

    private String notice() {
        List<WebElement> errors = browser.driver.findElements(By.cssSelector(".form-error, .field-error"));
        assertThat(errors).as("errors on %s", browser.driver.getCurrentUrl()).extracting(WebElement::getText).isEmpty();
        return browser.driver.findElement(By.cssSelector(".notice")).getText();
    }

    private void confirmEverySuggestion() {
        WebElement editor = browser.driver.findElement(By.id("redaction-editor"));
        waitFor("the editor", editor::isDisplayed);
        for (int guard = 0; guard < 30; guard++) {
            List<WebElement> pending = browser.driver.findElements(By.xpath(
                    "//ul[@id='rx-spans']/li/button[normalize-space()='确认屏蔽']"));
            if (pending.isEmpty()) {
                break;
            }
            String before = browser.driver.findElement(By.id("rx-spans")).getText();
            pending.get(0).click();
            waitFor("the list to redraw", () -> !browser.driver.findElement(By.id("rx-spans")).getText().equals(before));
        }
        waitFor("nothing waiting", () -> browser.driver.findElement(By.id("rx-heading")).getText().contains("待确认 0 处"));
    }

    private void open(String path) {
        browser.driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private static void waitFor(String what, Supplier<Boolean> condition) {
        waitFor(what, condition, () -> "");
    }

    /** The element's text, read again when the editor's script replaced the element while it was read. */
    private static String textOf(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.driver.findElement(by).getText();
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 20) {
                    throw redrawn;
                }
            }
        }
    }

    /** Waits, and says what the page reported when the wait fails. */
    private static void waitFor(String what, Supplier<Boolean> condition, Supplier<String> context) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (StaleElementReferenceException redrawn) {
                // The editor's script replaced the element while it was read: look again.
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("waited 20 s for " + what + " " + context.get());
    }

    /** Selects {@code text} inside the original text of {@code field}, as a mouse would, across highlighted spans. */
    private void select(String field, String text) {
        Object found = browser.driver.executeScript("""
                const box = document.querySelector('.redaction-original[data-field="' + arguments[0] + '"]');
                const start = box.textContent.indexOf(arguments[1]);
                if (start < 0) { return false; }
                const end = start + arguments[1].length;
                const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                const range = document.createRange();
                let at = 0, node;
                while ((node = walker.nextNode())) {
                  const len = node.textContent.length;
                  if (start >= at && start <= at + len) { range.setStart(node, start - at); }
                  if (end >= at && end <= at + len) { range.setEnd(node, end - at); break; }
                  at += len;
                }
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return selection.toString() === arguments[1];
                """, field, text);
        assertThat(found).as("selected “%s”", text).isEqualTo(Boolean.TRUE);
    }

    /**
     * 动态口令 in Chromium: the enrolment QR code is drawn by the server (no script under the CSP), the account and
     * code pages pass axe-core, and the next sign-in asks for the code after the password.
     */
    @Test
    void anAdministratorEnrolsASecondFactorAndSignsInWithIt() {
        String username = fixtures.account(fixtures.team(), "totp", Set.of(StaffRole.ADMINISTRATOR), PASSWORD);
        signIn(username);
        open("/admin/account");
        press("/admin/account/totp");
        WebElement qr = browser.driver.findElement(By.cssSelector(".totp-qr svg"));
        assertThat(qr.isDisplayed()).isTrue();
        assertThat(qr.getSize().getWidth()).isGreaterThan(100);
        assertThat(browser.axeViolations()).isEmpty();
        String secret = browser.driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
        type("enrol-code", Totp.code(secret, Totp.step(Instant.now())));
        press("/admin/account/totp/confirm");
        assertThat(notice()).contains("已开启动态口令");

        browser.driver.manage().deleteAllCookies();
        open("/admin/login");
        type("username", username);
        type("password", PASSWORD);
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.driver.getCurrentUrl()).contains("/admin/login/code");
        assertThat(browser.axeViolations()).isEmpty();
        type("code", Totp.code(secret, Totp.step(Instant.now()) + 1));
        press("/admin/login/code");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/admin/login");
    }

    @Test
    void aSelectedTextBecomesASpanAndThePreviewShowsItsReplacement() {
        Fixtures.Team team = fixtures.team();
        String username = fixtures.account(team, "rx", Set.of(StaffRole.REVIEWER), PASSWORD);
        PlantedDecisions.Planted planted = PlantedDecisions.penalty("测市监罚〔2026〕401号", "祁骁骋",
                "360102195607018403", "13673695801", "6217007612220294", "A·7K3P2", "qi.xiaocheng@example.cn");
        Revision revision = workflow.create(team.editor(), team.agencyId(), planted.content(), Instant.now());

        signIn(username);
        open("/admin/revisions/" + revision.id());

        WebElement editor = browser.driver.findElement(By.id("redaction-editor"));
        waitFor("the editor", editor::isDisplayed);
        assertThat(browser.driver.findElement(By.id("redaction-list")).isDisplayed()).isFalse();
        WebElement original = browser.driver.findElement(By.cssSelector(".redaction-original[data-field=facts]"));
        assertThat(original.findElements(By.cssSelector("mark.rx-pending.rx-ID_NUMBER"))).hasSize(1);
        assertThat(original.findElements(By.cssSelector("mark.rx-pending.rx-PERSON_NAME"))).isNotEmpty();
        waitFor("the preview of the text as it stands", () -> browser.driver
                .findElement(By.cssSelector(".redaction-preview[data-field=facts]")).getText()
                .contains("360102195607018403"));

        String secret = "货值金额1,280.00元";
        select("facts", secret);
        waitFor("the selection to be taken", () -> browser.driver.findElement(By.id("rx-chosen")).getText()
                .contains(secret));
        choose("rx-category", "TRADE_SECRET");
        WebElement replacement = browser.driver.findElement(By.id("rx-replacement"));
        replacement.clear();
        replacement.sendKeys("货值金额（不予公开）");
        browser.driver.findElement(By.id("rx-add")).click();

        waitFor("the preview to show the replacement", () -> browser.driver
                .findElement(By.cssSelector(".redaction-preview[data-field=facts]")).getText()
                .contains("货值金额（不予公开）"), () -> browser.driver.findElement(By.id("redaction-status")).getText());
        assertThat(textOf(By.cssSelector(".redaction-preview[data-field=facts]"))).doesNotContain(secret);
        assertThat(browser.driver.findElement(By.id("redaction-status")).getText()).isEqualTo("已添加屏蔽");
        assertThat(browser.driver.findElements(By.cssSelector(".redaction-original[data-field=facts] mark.rx-confirmed")))
                .extracting(WebElement::getText).contains(secret);

        // Every suggestion confirmed: the preview then hides the ID number, and nothing waits.
        confirmEverySuggestion();
        String projected = textOf(By.cssSelector(".redaction-preview[data-field=facts]"));
        assertThat(projected).doesNotContain("360102195607018403", "13673695801", "祁骁骋").contains("祁某某");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshot("admin-redaction-editor", 1280);
    }

    @Test
    void aDecisionWithPersonalDataGoesPublicRedactedIsCorrectedAndWithdrawn() {
        Fixtures.Team team = fixtures.team();
        String editor = fixtures.account(team, "bed", Set.of(StaffRole.EDITOR), PASSWORD);
        String reviewer = fixtures.account(team, "brv", Set.of(StaffRole.REVIEWER), PASSWORD);
        String legal = fixtures.account(team, "blg", Set.of(StaffRole.LEGAL_REVIEWER), PASSWORD);
        String approver = fixtures.account(team, "bap", Set.of(StaffRole.APPROVER), PASSWORD);

        signIn(editor);
        open("/admin/decisions/new");
        type("documentNumber", "测市监罚〔2026〕402号");
        choose("partyKind", "NATURAL_PERSON");
        type("partyName", "张三丰");
        type("facts", "经查，当事人张三丰（公民身份号码11010519491231002X，联系电话13673695801）在其经营的摊位销售过期药品。");
        type("legalBases", "《药品管理法》第九十八条");
        type("result", "对张三丰罚款8000元。");
        type("fineAmount", "8000");
        browser.driver.executeScript("document.getElementById('decisionDate').value = '2026-03-02';");
        browser.driver.findElement(By.name("hearingHeld")).click();
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.stacked-form button[value=save]")));
        assertThat(notice()).contains("已保存");
        String revisionPath = browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        confirmEverySuggestion();
        press("/submit");
        assertThat(notice()).isEqualTo("已提交审核");

        signIn(reviewer);
        open(revisionPath);
        browser.driver.findElement(By.cssSelector("form[action$='/review'] input[value=AGREE]")).click();
        press("/review");
        assertThat(notice()).isEqualTo("审核意见已提交");

        signIn(legal);
        open(revisionPath);
        for (WebElement yes : browser.driver.findElements(By.cssSelector("form[action$='/legal-review'] input[value=yes]"))) {
            yes.click();
        }
        browser.driver.findElement(By.cssSelector("form[action$='/legal-review'] input[value=AGREE]")).click();
        press("/legal-review");
        assertThat(notice()).isEqualTo("法制审核意见已提交");

        signIn(approver);
        open(revisionPath);
        press("/approve");
        assertThat(notice()).isEqualTo("已批准");
        String publicPath = browser.driver.findElement(By.linkText("查看公开页面")).getAttribute("href")
                .replaceAll("^https?://[^/]+", "");
        String correctPath = publicPath.replace("/decisions/", "/admin/items/") + "/correct";

        browser.driver.manage().deleteAllCookies();
        open(publicPath);
        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("测市监罚〔2026〕402号", "张某某").doesNotContain("张三丰", "11010519491231002X",
                "13673695801");

        signIn(editor);
        open(correctPath);
        type("changeNote", "罚款金额更正为8500元");
        type("result", "对张三丰罚款8500元。");
        type("fineAmount", "8500");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.stacked-form button[value=save]")));
        String correction = browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        assertThat(browser.driver.findElement(By.id("comparison")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector("table.diff")).getText()).contains("8500");
        confirmEverySuggestion();
        press("/submit");
        signIn(reviewer);
        open(correction);
        browser.driver.findElement(By.cssSelector("form[action$='/review'] input[value=AGREE]")).click();
        press("/review");
        signIn(legal);
        open(correction);
        for (WebElement yes : browser.driver.findElements(By.cssSelector("form[action$='/legal-review'] input[value=yes]"))) {
            yes.click();
        }
        browser.driver.findElement(By.cssSelector("form[action$='/legal-review'] input[value=AGREE]")).click();
        press("/legal-review");
        signIn(approver);
        open(correction);
        press("/approve");
        assertThat(notice()).isEqualTo("已批准");

        browser.driver.manage().deleteAllCookies();
        open(publicPath);
        assertThat(browser.driver.findElement(By.cssSelector("ol.history")).getText()).contains("罚款金额更正为8500元");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("8500").doesNotContain("张三丰");

        signIn(approver);
        open(correction);
        choose("withdraw-reason", "REVOKED");
        type("withdraw-basis", "测市监复决〔2026〕3号");
        browser.driver.executeScript("document.getElementById('withdraw-learned').value = arguments[0];",
                java.time.LocalDate.now(Workflow.CHINA).toString());
        press("/withdraw");

        browser.driver.manage().deleteAllCookies();
        open(publicPath);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("该执法决定已撤回");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("撤回原因")
                .doesNotContain("张三丰");
        io.restassured.RestAssured.given().get(publicPath).then().statusCode(410);
    }
}
