package cn.zfgs.portal.workflow;

import cn.zfgs.content.calendar.EnteredArrangements;
import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.AgencyProfile;
import cn.zfgs.content.workflow.AnnualReportDrafts;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.pdf.PdfVerification;
import cn.zfgs.portal.support.Db;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Publications;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * 年报审核发布 — in the first working days of January the system drafts each public agency's report of the previous
 * year; staff submit, review and approve it like any content; the published report keeps the figures it was approved
 * with, so a decision withdrawn afterwards does not change it, while the provisional page said what it was.
 */
@QuarkusTest
class AnnualReportWorkflowTest {

    // The test decisions are dated 2026-03-02 (Fixtures.penalty): their report is drafted in January 2027.
    private static final int YEAR = 2026;

    @Inject
    AgroalDataSource ds;
    @Inject
    Fixtures fixtures;
    @Inject
    Publications publications;
    @Inject
    Workflow workflow;
    @Inject
    AnnualReportDrafts drafts;
    @Inject
    EnteredArrangements calendars;
    @Inject
    PdfDocuments pdfs;

    @Test
    void aDraftMadeInJanuaryIsApprovedAndItsFiguresStayAsApproved() {
        Fixtures.Team team = fixtures.team();
        long page = publishAgency(team);
        long first = publications.publishDecision(team, "测市监罚〔2026〕" + (System.nanoTime() % 100000) + "号");
        publications.publishDecision(team, "测市监罚〔2026〕" + (System.nanoTime() % 100000 + 1) + "号");
        String address = "/annual-reports/" + page + "/" + YEAR;

        // Before approval the public page counts live and says the figures are provisional.
        given().get(address).then().statusCode(200).body(containsString("暂定数据"))
                .body(not(containsString("已审核发布")));
        assertThat(csvValue(address, "执法决定", "合计")).isEqualTo("2");

        WorkdayCalendar calendar = calendars.calendar();
        LocalDate firstWorkday = AnnualReportDrafts.firstWorkday(YEAR + 1, calendar);
        assertThat(drafts.run(LocalDate.of(YEAR, 12, 31), Instant.now())).as("December: not yet").isEmpty();
        assertThat(drafts.run(LocalDate.of(YEAR + 1, 2, 1), Instant.now())).as("after 31 January").isEmpty();
        Map<Workflow.SystemDraft, Integer> done = drafts.run(firstWorkday, Instant.now());
        assertThat(done.get(Workflow.SystemDraft.CREATED)).isPositive();
        long revision = draftRevision(team);
        assertThat(Db.one(ds, "SELECT status FROM revision WHERE id = ?", revision)).isEqualTo("DRAFT");
        assertThat(Db.one(ds, "SELECT created_by FROM revision WHERE id = ?", revision)).as("made by the system")
                .isNull();
        assertThat(Db.one(ds, "SELECT payload::jsonb -> 'figures' ->> 'decisions' FROM revision WHERE id = ?",
                revision)).isEqualTo("2");
        // Running again the same month makes no second draft.
        drafts.run(firstWorkday.plusDays(1), Instant.now());
        assertThat(Db.number(ds, "SELECT COUNT(*) FROM content_item WHERE kind = 'ANNUAL_REPORT' AND agency_id = ? "
                + "AND natural_key = ?", team.agencyId(), String.valueOf(YEAR))).isEqualTo(1);

        // The normal workflow: four eyes, no self-approval.
        workflow.submit(team.editor(), revision, Instant.now());
        workflow.review(team.reviewer(), revision, Verdict.AGREE, null, Instant.now());
        assertThatThrownBy(() -> workflow.approve(team.editor(), revision, null, Instant.now()))
                .isInstanceOf(WorkflowException.class);
        workflow.approve(team.approver(), revision, null, Instant.now());

        String approved = given().get(address).then().statusCode(200).body(containsString("已审核发布"))
                .body(not(containsString("暂定数据"))).extract().asString();
        assertThat(approved).contains("第 1 版");
        assertThat(csvValue(address, "执法决定", "合计")).isEqualTo("2");
        assertThat(csvValue(address, "数据状态", "已审核发布")).startsWith("第 1 版");

        // A withdrawal after approval changes what is public, not the published report.
        publications.withdraw(team, first);
        assertThat(Db.number(ds, "SELECT COUNT(*) FROM pub_decision WHERE is_current AND agency_id = ?",
                team.agencyId())).isEqualTo(1);
        assertThat(csvValue(address, "执法决定", "合计")).isEqualTo("2");
        assertThat(csvValue(address, "撤回", "决定已被撤销")).isEqualTo("0");
        drafts.run(firstWorkday.plusDays(2), Instant.now());
        assertThat(Db.one(ds, "SELECT figures::jsonb -> 'figures' ->> 'decisions' FROM pub_annual_report "
                + "WHERE is_current AND agency_id = ?", team.agencyId())).isEqualTo("2");

        byte[] pdf = io.restassured.RestAssured.given().get(address + ".pdf").then().statusCode(200)
                .extract().asByteArray();
        PdfVerification verdict = pdfs.verify(pdf);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.document().kind()).isEqualTo("annual-report-approved");
        assertThat(verdict.document().version()).isEqualTo(1);
        assertThat(verdict.document().path()).isEqualTo(address);
    }

    @Test
    void theDraftingPeriodStartsOnTheFirstWorkingDayOfJanuary() {
        WorkdayCalendar calendar = WorkdayCalendar.official();
        // 1 January 2026 is New Year's Day, 2 January a Friday of the holiday, 4 January a Sunday worked (调休).
        LocalDate first = AnnualReportDrafts.firstWorkday(2026, calendar);
        assertThat(first).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(AnnualReportDrafts.draftingPeriod(LocalDate.of(2026, 1, 2), calendar)).isFalse();
        assertThat(AnnualReportDrafts.draftingPeriod(first, calendar)).isTrue();
        assertThat(AnnualReportDrafts.draftingPeriod(LocalDate.of(2026, 1, 31), calendar)).isTrue();
        assertThat(AnnualReportDrafts.draftingPeriod(LocalDate.of(2026, 2, 1), calendar)).isFalse();
    }

    @Test
    void thePublicReportCountsWorkingDaysWithTheYearsStaffEntered() throws Exception {
        Fixtures.Team team = fixtures.team();
        // A year no other test enters (StaffManagementTest keeps its 2099 through the calendar editor).
        LocalDate monday = LocalDate.of(2097, 1, 7);
        assertThat(WorkdayCalendar.official().isWorkday(monday)).isTrue();
        try (var c = ds.getConnection(); var s = c.prepareStatement("INSERT INTO holiday_arrangement "
                + "(arrangement_year, arrangement, entered_by, entered_at) VALUES (2097, ?, ?, now())")) {
            s.setString(1, "{\"year\": 2097, \"papers\": [\"测试用安排\"], \"days\": [{\"name\": \"测试\", \"date\": \"2097-01-07\", "
                    + "\"isOffDay\": true}]}");
            s.setLong(2, team.administrator().id());
            s.executeUpdate();
        }
        try {
            assertThat(calendars.calendar().isWorkday(monday)).as("the calendar the public report counts with")
                    .isFalse();
        } finally {
            try (var c = ds.getConnection(); var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM holiday_arrangement WHERE arrangement_year = 2097");
            }
        }
    }

    private long publishAgency(Fixtures.Team team) {
        Revision draft = workflow.create(team.editor(), team.agencyId(), new AgencyProfile(
                "测试年报市场监督管理局" + team.agencyId(), "《中华人民共和国行政处罚法》", "市场监督管理。", "南昌市测试路 1 号",
                "0791-12345678", "工作日 9:00—17:00", "南昌市人民政府 0791-12345", "12315"), Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        return draft.itemId();
    }

    private long draftRevision(Fixtures.Team team) {
        return Db.number(ds, "SELECT r.id FROM revision r JOIN content_item i ON i.id = r.item_id "
                + "WHERE i.kind = 'ANNUAL_REPORT' AND i.agency_id = ? AND i.natural_key = ?", team.agencyId(),
                String.valueOf(YEAR));
    }

    private static String csvValue(String address, String metric, String item) {
        String csv = given().get(address + ".csv").then().statusCode(200).extract().asString();
        for (String line : csv.split("\r\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length == 5 && cells[2].equals(metric) && cells[3].equals(item)) {
                return cells[4];
            }
        }
        throw new AssertionError(metric + " / " + item + " not in " + csv);
    }
}
