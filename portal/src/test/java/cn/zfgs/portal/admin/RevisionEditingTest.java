package cn.zfgs.portal.admin;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.redaction.PlantedDecisions;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The revision screen's editing around the workflow: a decision draft edited after its reviewer returned it, spans
 * added by exact text without JavaScript, and publishing scheduled in the approval form.
 */
@QuarkusTest
class RevisionEditingTest {

    private static final String PASSWORD = "Correct-Horse-9";

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    Workflow workflow;

    @Test
    void aReturnedDecisionDraftIsEditedInItsFormAndARefusedEditKeepsTheDraft() {
        Fixtures.Team team = fixtures.team();
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR), PASSWORD),
                PASSWORD);
        Revision revision = workflow.create(team.editor(), team.agencyId(),
                Fixtures.penalty("测市监罚〔2026〕301号", new BigDecimal("5000")), Instant.now());
        workflow.submit(team.editor(), revision.id(), Instant.now());
        workflow.review(team.reviewer(), revision.id(), Verdict.ISSUES, "罚款金额与处理结果不一致", Instant.now());

        editor.request().get("/admin/revisions/" + revision.id()).then().statusCode(200)
                .body(containsString("/admin/decisions/edit/" + revision.id())).body(containsString("修改草稿"));
        editor.request().get("/admin/content/edit/" + revision.id()).then().statusCode(303)
                .header("Location", containsString("/admin/decisions/edit/" + revision.id()));
        editor.request().get("/admin/decisions/edit/" + revision.id()).then().statusCode(200)
                .body(containsString("value=\"测市监罚〔2026〕301号\""));
        String before = sql.text("SELECT payload FROM revision WHERE id = ?", revision.id());

        String token = editor.csrf();
        editor.request().formParam("_csrf", token).formParam("documentNumber", "测市监罚〔2026〕301号")
                .formParam("decisionType", "PENALTY").formParam("partyName", "江西测试医药有限公司")
                .formParam("partyKind", "LEGAL_PERSON").formParam("partyCreditCode", "")
                .formParam("facts", "经查，当事人销售过期药品。").formParam("legalBases", "《药品管理法》第九十八条")
                .formParam("result", "罚款8000元。").formParam("fineAmount", "8000").formParam("decisionDate", "2026-03-02")
                .post("/admin/decisions/edit/" + revision.id()).then().statusCode(422)
                .body(containsString("统一社会信用代码：法人当事人必须填写"));
        assertThat(sql.text("SELECT payload FROM revision WHERE id = ?", revision.id())).isEqualTo(before);

        Response saved = editor.request().formParam("_csrf", token).formParam("documentNumber", "测市监罚〔2026〕301号")
                .formParam("decisionType", "PENALTY").formParam("partyName", "江西测试医药有限公司")
                .formParam("partyKind", "LEGAL_PERSON")
                .formParam("partyCreditCode", Fixtures.penalty("x", BigDecimal.ONE).partyCreditCode())
                .formParam("facts", "经查，当事人销售过期药品。").formParam("legalBases", "《药品管理法》第九十八条")
                .formParam("result", "罚款8000元。").formParam("fineAmount", "8000").formParam("decisionDate", "2026-03-02")
                .post("/admin/decisions/edit/" + revision.id());
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(sql.text("SELECT payload FROM revision WHERE id = ?", revision.id())).contains("罚款8000元");

        Fixtures.Team other = fixtures.team();
        StaffSession outsider = StaffSession.signIn(fixtures.account(other, "ou", Set.of(StaffRole.EDITOR),
                PASSWORD), PASSWORD);
        outsider.request().get("/admin/decisions/edit/" + revision.id()).then().statusCode(403);
    }

    @Test
    void theDecisionFormPicksItsLegalBasesFromTheCatalogueWithoutSaving() {
        Fixtures.Team team = fixtures.team();
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR), PASSWORD),
                PASSWORD);
        String token = editor.csrf();
        editor.request().formParam("_csrf", token).formParam("_action", "lawSearch").formParam("lawQuery", "药品管理法 98")
                .formParam("documentNumber", "测市监罚〔2026〕304号").formParam("legalBases", "《药品管理法》第一百一十七条")
                .post("/admin/decisions/new").then().statusCode(200)
                .body(containsString("name=\"pickBasis\" value=\"《药品管理法》第九十八条\""))
                .body(containsString("data-law-target=\"legalBases\""))
                .body(containsString("value=\"测市监罚〔2026〕304号\""));
        editor.request().formParam("_csrf", token).formParam("_action", "addLaws").formParam("lawQuery", "药品管理法 98")
                .formParam("pickBasis", "《药品管理法》第九十八条").formParam("pickBasis", "《不存在的法》第一条")
                .formParam("legalBases", "《药品管理法》第一百一十七条")
                .post("/admin/decisions/new").then().statusCode(200)
                .body(containsString("《药品管理法》第一百一十七条\n《药品管理法》第九十八条</textarea>"))
                .body(not(containsString("《不存在的法》第一条</textarea>")));
        assertThat(sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ?", team.agencyId())).isZero();
    }

    @Test
    void withoutJavaScriptASpanIsAddedByItsExactTextInEveryPlaceItOccurs() {
        Fixtures.Team team = fixtures.team();
        StaffSession reviewer = StaffSession.signIn(fixtures.account(team, "rv", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        PlantedDecisions.Planted planted = PlantedDecisions.penalty("测市监罚〔2026〕302号", "祁骁骋",
                "360102195607018403", "13673695801", "6217007612220294", "A·7K3P2", "qi.xiaocheng@example.cn");
        Revision revision = workflow.create(team.editor(), team.agencyId(), planted.content(), Instant.now());
        String path = "/admin/revisions/" + revision.id();
        reviewer.request().get(path).then().statusCode(200)
                .body(containsString("按原文添加屏蔽")).body(containsString("redaction-editor.js"))
                .body(containsString("data-text=\""));

        String token = reviewer.csrf();
        reviewer.request().formParam("_csrf", token).formParam("field", "facts").formParam("text", "不在原文里的字")
                .formParam("category", "OTHER").formParam("replacement", "×").post(path + "/redactions/add")
                .then().statusCode(409).body(containsString("屏蔽文字：该字段中找不到“不在原文里的字”"));
        reviewer.request().formParam("_csrf", token).formParam("field", "facts").formParam("text", "药品")
                .formParam("category", "NO_SUCH").formParam("replacement", "×").post(path + "/redactions/add")
                .then().statusCode(409).body(containsString("屏蔽类别：请从列表中选择"));
        long spans = sql.count("SELECT COUNT(*) FROM redaction_span WHERE revision_id = ?", revision.id());

        String facts = planted.content().facts();
        String secret = "药品";
        int occurrences = facts.split(secret, -1).length - 1;
        assertThat(occurrences).isPositive();
        reviewer.request().formParam("_csrf", token).formParam("field", "facts").formParam("text", secret)
                .formParam("category", "TRADE_SECRET").formParam("replacement", "（商业秘密）")
                .post(path + "/redactions/add").then().statusCode(303);
        assertThat(sql.count("SELECT COUNT(*) FROM redaction_span WHERE revision_id = ?", revision.id()))
                .isEqualTo(spans + occurrences);
        reviewer.request().get(path).then().body(containsString("（商业秘密）"));
    }

    @Test
    void theApproverSchedulesPublicationForALaterTimeAndNotForOneAlreadyPast() {
        Fixtures.Team team = fixtures.team();
        StaffSession approver = StaffSession.signIn(fixtures.account(team, "ap", Set.of(StaffRole.APPROVER),
                PASSWORD), PASSWORD);
        Revision revision = workflow.create(team.editor(), team.agencyId(),
                Fixtures.penalty("测市监罚〔2026〕303号", new BigDecimal("5000")), Instant.now());
        workflow.submit(team.editor(), revision.id(), Instant.now());
        workflow.review(team.reviewer(), revision.id(), Verdict.AGREE, null, Instant.now());
        String path = "/admin/revisions/" + revision.id();
        approver.request().get(path).then().statusCode(200).body(containsString("定时发布（北京时间，留空则立即发布）"));

        String token = approver.csrf();
        LocalDateTime now = LocalDateTime.now(Workflow.CHINA).truncatedTo(ChronoUnit.MINUTES);
        approver.request().formParam("_csrf", token).formParam("scheduledFor", now.minusHours(1).toString())
                .post(path + "/approve").then().statusCode(409).body(containsString("定时发布时间：应晚于现在"));
        approver.request().formParam("_csrf", token).formParam("scheduledFor", "明天上午")
                .post(path + "/approve").then().statusCode(409).body(containsString("定时发布时间：格式应为"));
        LocalDateTime later = now.plusDays(2).withHour(9).withMinute(0);
        approver.request().formParam("_csrf", token).formParam("scheduledFor", later.toString())
                .post(path + "/approve").then().statusCode(303);
        approver.request().get(path).then().statusCode(200)
                .body(containsString("定时发布"))
                .body(containsString(later.toLocalDate() + " 09:00（北京时间）"));
        String itemId = sql.text("SELECT CAST(item_id AS VARCHAR) FROM revision WHERE id = ?", revision.id());
        given().get("/decisions/" + itemId).then().statusCode(404);

        Instant due = later.atZone(Workflow.CHINA).toInstant().plusSeconds(1);
        assertThat(workflow.publishIfDue(revision.id(), due)).isTrue();
        given().get("/decisions/" + itemId).then().statusCode(200)
                .body(containsString("测市监罚〔2026〕303号")).body(not(containsString("定时发布")));
    }

    @Test
    void theApproverCancelsAScheduledPublicationWithReasons() {
        Fixtures.Team team = fixtures.team();
        StaffSession approver = StaffSession.signIn(fixtures.account(team, "ap", Set.of(StaffRole.APPROVER),
                PASSWORD), PASSWORD);
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR),
                PASSWORD), PASSWORD);
        Revision revision = workflow.create(team.editor(), team.agencyId(),
                Fixtures.penalty("测市监罚〔2026〕304号", new BigDecimal("5000")), Instant.now());
        workflow.submit(team.editor(), revision.id(), Instant.now());
        workflow.review(team.reviewer(), revision.id(), Verdict.AGREE, null, Instant.now());
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        workflow.approve(team.approver(), revision.id(), later, Instant.now());
        String path = "/admin/revisions/" + revision.id();

        editor.request().get(path).then().statusCode(200).body(not(containsString("/unschedule")));
        approver.request().get(path).then().statusCode(200).body(containsString("action=\"" + path + "/unschedule\""));
        String token = approver.csrf();
        approver.request().formParam("_csrf", token).formParam("reasons", " ").post(path + "/unschedule")
                .then().statusCode(409).body(containsString("取消定时发布时必须填写理由"));
        approver.request().formParam("_csrf", token).formParam("reasons", "当事人已申请行政复议，暂缓公开")
                .post(path + "/unschedule").then().statusCode(303);

        assertThat(sql.text("SELECT status FROM revision WHERE id = ?", revision.id())).isEqualTo("REVIEWED");
        assertThat(sql.count("SELECT COUNT(*) FROM revision WHERE id = ? AND scheduled_for IS NULL "
                + "AND approved_by IS NULL", revision.id())).isEqualTo(1);
        String itemId = sql.text("SELECT CAST(item_id AS VARCHAR) FROM revision WHERE id = ?", revision.id());
        assertThat(sql.text("SELECT action FROM record_entry WHERE subject = ? ORDER BY seq DESC LIMIT 1",
                "DECISION:" + itemId + ":r1")).isEqualTo("UNSCHEDULE");
        approver.request().get(path).then().statusCode(200).body(containsString("待批准"))
                .body(containsString("取消定时发布：撤销批准，回到待批准"))
                .body(containsString("当事人已申请行政复议，暂缓公开"))
                .body(not(containsString("/unschedule\"")));
        assertThat(workflow.publishIfDue(revision.id(), later.plusSeconds(1))).as("no longer due").isFalse();
        approver.request().formParam("_csrf", token).formParam("reasons", "再次取消").post(path + "/unschedule")
                .then().statusCode(409).body(containsString("不能取消定时发布"));
    }
}
