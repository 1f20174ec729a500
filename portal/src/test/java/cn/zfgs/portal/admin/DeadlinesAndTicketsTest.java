package cn.zfgs.portal.admin;

import cn.zfgs.content.calendar.PublicationDeadlines.Standing;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.AnnualReportContent;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.report.AnnualReport;
import cn.zfgs.content.report.ReportRows;
import cn.zfgs.content.workflow.Deadlines;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Publications;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** 期限看板 and 纠错工单 over HTTP, each within the staff member's scope. */
@QuarkusTest
class DeadlinesAndTicketsTest {

    private static final String PASSWORD = "Correct-Horse-9";

    @Inject
    Fixtures fixtures;
    @Inject
    Publications publications;
    @Inject
    Workflow workflow;
    @Inject
    Deadlines deadlines;
    @Inject
    Sql sql;

    private static DecisionContent decidedOn(String number, LocalDate date) {
        DecisionContent p = Fixtures.penalty(number, new BigDecimal("5000"));
        return new DecisionContent(p.documentNumber(), p.decisionType(), p.partyName(), p.partyKind(),
                p.partyCreditCode(), null, p.facts(), p.legalBases(), p.result(), p.fineAmount(), null, date, false,
                false);
    }

    @Test
    void theDeadlineBoardWarnsUntilLastYearsReportIsPublished() {
        Fixtures.Team team = fixtures.team();
        String agency = sql.text("SELECT name FROM agency WHERE id = ?", team.agencyId());
        int lastYear = LocalDate.now(Workflow.CHINA).getYear() - 1;
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ar", Set.of(StaffRole.EDITOR), PASSWORD),
                PASSWORD);
        String board = editor.request().get("/admin/deadlines").then().statusCode(200).extract().asString();
        String section = board.substring(board.indexOf("年报未发布（"), board.indexOf("</section>",
                board.indexOf("年报未发布（")));
        assertThat(section).contains(agency).contains((lastYear + 1) + "-01-31").contains("草稿尚未生成");
        // Today lies after 31 January: the board says the report is overdue.
        assertThat(section).contains("已逾期：逾期 ");

        AnnualReport none = AnnualReport.of(lastYear, Set.of(team.agencyId()),
                new ReportRows(List.of(), List.of(), List.of(), List.of()), deadlines.current().calendar());
        Revision draft = workflow.create(team.editor(), team.agencyId(), new AnnualReportContent(lastYear, agency, none,
                List.of(new AnnualReportContent.AgencyFigures(team.agencyId(), agency, 0, BigDecimal.ZERO))),
                Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        board = editor.request().get("/admin/deadlines").then().statusCode(200).extract().asString();
        assertThat(board.contains("年报未发布（") ? board.substring(board.indexOf("年报未发布（"),
                board.indexOf("</section>", board.indexOf("年报未发布（"))) : "").doesNotContain(agency);
    }

    @Test
    void theBoardSortsDecisionsByTheirDeadlinesAndExportsThem() {
        Fixtures.Team team = fixtures.team();
        LocalDate today = LocalDate.now(Workflow.CHINA);
        // A draft decided on 2 March: long overdue. Published today: late.
        workflow.create(team.editor(), team.agencyId(), Fixtures.penalty("测市监罚〔2026〕301号", BigDecimal.TEN),
                Instant.now());
        publications.publishDecision(team, "测市监罚〔2026〕302号");
        LocalDate soon = today;
        while (deadlines.current().standing(deadlines.current().publicationDue(decidedOn("x", soon).decisionType(),
                soon).date(), null, today, 3).status() != Standing.Status.DUE_SOON) {
            soon = soon.minusDays(1);
        }
        workflow.create(team.editor(), team.agencyId(), decidedOn("测市监罚〔2026〕303号", soon), Instant.now());
        Fixtures.Team other = fixtures.team();
        workflow.create(other.editor(), other.agencyId(), Fixtures.penalty("测市监罚〔2026〕399号", BigDecimal.TEN),
                Instant.now());

        StaffSession reviewer = StaffSession.signIn(fixtures.account(team, "rv", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        String page = reviewer.request().get("/admin/deadlines").then().statusCode(200)
                .body(not(containsString("测市监罚〔2026〕399号"))).extract().asString();
        assertThat(page.indexOf("测市监罚〔2026〕301号")).isBetween(page.indexOf("已逾期（"), page.indexOf("即将到期（"));
        assertThat(page.indexOf("测市监罚〔2026〕303号")).isBetween(page.indexOf("即将到期（"), page.indexOf("逾期发布（"));
        assertThat(page.indexOf("测市监罚〔2026〕302号")).isGreaterThan(page.indexOf("逾期发布（"));
        assertThat(page).contains("逾期 ", "个工作日");

        Response csv = reviewer.request().get("/admin/deadlines.csv?agency=" + team.agencyId());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String body = csv.asString();
        assertThat(body).startsWith("\uFEFF机关,决定,决定类别,决定日期,公开期限,期限是否暂定,公开日期,状态,工作日");
        assertThat(body).contains("测市监罚〔2026〕301号,行政处罚,2026-03-02,2026-03-11,否,,已逾期")
                .contains("逾期发布").doesNotContain("399号");
        reviewer.request().get("/admin/deadlines.csv?agency=" + other.agencyId()).then().statusCode(403);
        reviewer.request().get("/admin/deadlines?agency=abc").then().statusCode(403);
    }

    @Test
    void aTicketIsAcceptedCorrectedAndClosedWithAReply() {
        Fixtures.Team team = fixtures.team();
        long item = publications.publishDecision(team, "测市监罚〔2026〕311号");
        given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultContentCharset(StandardCharsets.UTF_8))).header("X-Forwarded-For", "10.9.8." + (team.agencyId() % 250)).formParam("kind", "DECISION")
                .formParam("id", item).formParam("description", "罚款金额应为五千元，页面写成了五万元。")
                .formParam("contact", "13800000000").formParam("website", "").post("/reports")
                .then().statusCode(200);
        long ticket = Long.parseLong(sql.text("SELECT CAST(id AS VARCHAR) FROM error_report WHERE subject_id = ?",
                item));

        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR),
                PASSWORD), PASSWORD);
        String token = editor.csrf();
        editor.request().get("/admin/tickets").then().statusCode(200).body(containsString("罚款金额应为五千元"))
                .body(containsString("待处理"));
        editor.request().get("/admin/tickets/" + ticket).then().statusCode(200)
                .body(containsString("13800000000")).body(containsString("/decisions/" + item));

        editor.request().formParam("_csrf", token).formParam("outcome", "RESOLVED").formParam("reply", " ")
                .post("/admin/tickets/" + ticket + "/close").then().statusCode(422)
                .body(containsString("答复：必须填写"));
        editor.request().formParam("_csrf", token).post("/admin/tickets/" + ticket + "/correct").then()
                .statusCode(303).header("Location", containsString("/admin/items/" + item + "/correct"));
        assertThat(sql.text("SELECT status FROM error_report WHERE id = ?", ticket)).isEqualTo("ACCEPTED");
        editor.request().formParam("_csrf", token).post("/admin/tickets/" + ticket + "/accept").then()
                .statusCode(409).body(containsString("只有待处理的工单可以受理"));

        editor.request().formParam("_csrf", token).formParam("outcome", "RESOLVED")
                .formParam("reply", "已核实并更正罚款金额，感谢指正。").post("/admin/tickets/" + ticket + "/close")
                .then().statusCode(303);
        editor.request().get("/admin/tickets/" + ticket).then().statusCode(200)
                .body(containsString("已核实并更正罚款金额")).body(containsString("已受理"))
                .body(not(containsString("办结并答复")));
        assertThat(sql.count("SELECT COUNT(*) FROM error_report_event WHERE report_id = ?", ticket)).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM record_entry WHERE subject = ? AND action = 'TRIAGE'",
                "error-report:" + ticket)).isEqualTo(2);
        editor.request().get("/admin/tickets?status=closed").then().body(containsString("已更正"));

        StaffSession outsider = StaffSession.signIn(fixtures.account(fixtures.team(), "ed", Set.of(StaffRole.EDITOR),
                PASSWORD), PASSWORD);
        outsider.request().get("/admin/tickets/" + ticket).then().statusCode(403);
        outsider.request().get("/admin/tickets").then().statusCode(200).body(not(containsString("罚款金额应为五千元")));
        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        admin.request().get("/admin/tickets/" + ticket).then().statusCode(403);
    }

    private String ticket(String kind, long item, Long agencyId) {
        return sql.text("INSERT INTO error_report (subject_kind, subject_id, subject_version, agency_id, description, "
                + "received_at, status) VALUES (?, ?, 1, ?, '承办机构名称有误', now(), 'NEW') "
                + "RETURNING CAST(id AS VARCHAR)", kind, item, agencyId);
    }

    @Test
    void aTicketOnAnyKindStartsThatKindsCorrectionOrSaysWhyNot() {
        Fixtures.Team team = fixtures.team();
        Revision first = workflow.create(team.editor(), team.agencyId(), new EnforcementItemContent(
                "T" + team.agencyId() + "-XK-1", "药品批发许可", DecisionType.LICENSING, "药品流通监管处",
                List.of("《药品管理法》第五十一条"), 20, "二十个工作日", null), Instant.now());
        workflow.submit(team.editor(), first.id(), Instant.now());
        workflow.review(team.reviewer(), first.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), first.id(), null, Instant.now());
        String onItem = ticket("ENFORCEMENT_ITEM", first.itemId(), team.agencyId());

        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR),
                PASSWORD), PASSWORD);
        String token = editor.csrf();
        editor.request().get("/admin/tickets/" + onItem).then().statusCode(200)
                .body(containsString("打开该执法事项的更正表单")).body(not(containsString("不能从本工单直接更正")));
        editor.request().formParam("_csrf", token).post("/admin/tickets/" + onItem + "/correct").then()
                .statusCode(303).header("Location", containsString("/admin/content/correct/" + first.itemId()));
        editor.request().get("/admin/content/correct/" + first.itemId()).then().statusCode(200)
                .body(containsString("更正说明"));
        assertThat(sql.text("SELECT status FROM error_report WHERE id = CAST(? AS BIGINT)", onItem))
                .isEqualTo("ACCEPTED");

        StaffSession reviewer = StaffSession.signIn(fixtures.account(team, "rv", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        reviewer.request().get("/admin/tickets/" + onItem).then().statusCode(200)
                .body(containsString("不能从本工单直接更正：更正须由承办人发起"))
                .body(not(containsString("/correct\"")));

        long decision = publications.publishDecision(team, "测市监罚〔2026〕312号");
        String onWithdrawn = ticket("DECISION", decision, team.agencyId());
        publications.withdraw(team, decision);
        editor.request().get("/admin/tickets/" + onWithdrawn).then().statusCode(200)
                .body(containsString("不能从本工单直接更正：该执法决定已撤回")).body(not(containsString("/correct\"")));
        editor.request().formParam("_csrf", token).post("/admin/tickets/" + onWithdrawn + "/correct").then()
                .statusCode(409).body(containsString("已撤回"));
    }

    @Test
    void theBoardLinksARevisionOnlyForWhoeverMayOpenIt() {
        Fixtures.Team team = fixtures.team();
        Revision draft = workflow.create(team.editor(), team.agencyId(), Fixtures.penalty("测市监罚〔2026〕321号",
                BigDecimal.TEN), Instant.now());
        String link = "href=\"/admin/revisions/" + draft.id() + "\"";

        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        admin.request().get("/admin/deadlines").then().statusCode(200).body(containsString("测市监罚〔2026〕321号"))
                .body(not(containsString(link)));
        admin.request().get("/admin/revisions/" + draft.id()).then().statusCode(403);

        StaffSession reviewer = StaffSession.signIn(fixtures.account(team, "rv", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        reviewer.request().get("/admin/deadlines").then().statusCode(200).body(containsString(link));
        reviewer.request().get("/admin/revisions/" + draft.id()).then().statusCode(200);
    }
}
