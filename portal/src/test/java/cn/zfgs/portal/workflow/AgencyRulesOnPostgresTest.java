package cn.zfgs.portal.workflow;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.AgencyPolicies;
import cn.zfgs.content.workflow.CalendarAdministration;
import cn.zfgs.content.workflow.MajorDecisionPolicy;
import cn.zfgs.content.workflow.PublicationPeriods;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** Each agency's own rules on PostgreSQL: what is major, how long decisions stay public, the holiday years entered. */
@QuarkusTest
class AgencyRulesOnPostgresTest {

    private static final String COMPANY_CODE = Fixtures.penalty("x", BigDecimal.ONE).partyCreditCode();
    private static final PublicationPeriods MARKET_RULE = new PublicationPeriods(Map.of(DecisionType.PENALTY, 36),
            new PublicationPeriods.MinorPenalty(new BigDecimal("1000"), new BigDecimal("10000"), 3));

    @Inject
    Workflow workflow;
    @Inject
    AgencyPolicies policies;
    @Inject
    CalendarAdministration calendar;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    @Test
    void anAgencyCanMakeEveryCoercionMajorSoItNeedsALegalReview() {
        Fixtures.Team team = fixtures.team();
        policies.configure(team.administrator(), team.agencyId(), new MajorDecisionPolicy(new BigDecimal("10000"),
                new BigDecimal("100000"), Set.of(DecisionType.COERCION)), PublicationPeriods.none(), Instant.now());
        DecisionContent seizure = new DecisionContent("测市监强〔2026〕1号", DecisionType.COERCION, "江西测试医药有限公司",
                PartyKind.LEGAL_PERSON, COMPANY_CODE, null,
                "经查，当事人储存的药品涉嫌为假药，为防止证据灭失，依法予以查封。", List.of("《药品管理法》第一百条"),
                "查封涉案药品一批。", null, null, LocalDate.of(2026, 3, 2), false, false);

        Revision revision = workflow.create(team.editor(), team.agencyId(), seizure, Instant.now());
        assertThat(revision.major()).isTrue();
        workflow.submit(team.editor(), revision.id(), Instant.now());
        workflow.review(team.reviewer(), revision.id(), Verdict.AGREE, null, Instant.now());
        assertThat(sql.text("SELECT status FROM revision WHERE id = ?", revision.id())).isEqualTo("LEGAL_REVIEW");

        Fixtures.Team other = fixtures.team();
        Revision elsewhere = workflow.create(other.editor(), other.agencyId(), seizure, Instant.now());
        assertThat(elsewhere.major()).as("another agency keeps the default").isFalse();
    }

    @Test
    void onlyTheAgencysAdministratorSetsItsRulesAndEveryChangeIsRecorded() {
        Fixtures.Team team = fixtures.team();
        assertThatThrownBy(() -> policies.configure(team.approver(), team.agencyId(), MajorDecisionPolicy.defaults(),
                MARKET_RULE, Instant.now())).isInstanceOf(WorkflowException.class).hasMessage("设置公示规则需要系统管理员角色");
        assertThatThrownBy(() -> policies.configure(team.outsider(), team.agencyId(), MajorDecisionPolicy.defaults(),
                MARKET_RULE, Instant.now())).hasMessage("只能设置本机关或授权的下级机关的公示规则");
        assertThat(sql.count("SELECT COUNT(*) FROM agency_policy WHERE agency_id = ?", team.agencyId())).isZero();

        policies.configure(team.administrator(), team.agencyId(), MajorDecisionPolicy.defaults(), MARKET_RULE,
                Instant.now());
        assertThat(policies.publicationPeriods(team.agencyId())).isEqualTo(MARKET_RULE);
        assertThat(sql.text("SELECT actor FROM record_entry WHERE subject = ? AND action = 'ADMINISTER'",
                "agency-policy:" + team.agencyId())).isEqualTo(team.administrator().recordName());
    }

    @Test
    void aDecisionWhosePublicationPeriodEndsComesDownThroughTheWithdrawalPath() {
        Fixtures.Team team = fixtures.team();
        policies.configure(team.administrator(), team.agencyId(), MajorDecisionPolicy.defaults(), MARKET_RULE,
                Instant.now());
        Instant publishedAt = china(2026, 3, 10);
        Revision small = published(team, Fixtures.penalty("测市监罚〔2026〕31号", new BigDecimal("500")), publishedAt);
        Revision large = published(team, Fixtures.penalty("测市监罚〔2026〕32号", new BigDecimal("50000")), publishedAt);

        LocalDate beforeThreeMonths = LocalDate.of(2026, 6, 9);
        assertThat(workflow.expireIfDue(small.itemId(), beforeThreeMonths, Instant.now())).isFalse();
        LocalDate afterThreeMonths = LocalDate.of(2026, 6, 10);
        assertThat(workflow.expiryCandidates(afterThreeMonths)).contains(small.itemId(), large.itemId());
        assertThat(workflow.expireIfDue(small.itemId(), afterThreeMonths, Instant.now())).isTrue();
        assertThat(workflow.expireIfDue(large.itemId(), afterThreeMonths, Instant.now())).isFalse();
        assertThat(workflow.expireIfDue(small.itemId(), afterThreeMonths, Instant.now())).as("once only").isFalse();

        assertThat(sql.count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", small.itemId())).isZero();
        assertThat(sql.text("SELECT event FROM publication_log WHERE item_id = ? ORDER BY seq DESC",
                small.itemId())).isEqualTo("EXPIRED");
        assertThat(sql.text("SELECT reason FROM pub_tombstone WHERE item_id = ?", small.itemId()))
                .isEqualTo("PERIOD_EXPIRED");
        assertThat(sql.text("SELECT actor FROM record_entry WHERE subject = ? AND action = 'EXPIRE'",
                "item:" + small.itemId())).isEqualTo(Workflow.SYSTEM);
        assertThat(sql.count("SELECT COUNT(*) FROM withdrawal WHERE item_id = ? AND withdrawn_by IS NULL",
                small.itemId())).isEqualTo(1);
        given().get("/decisions/" + small.itemId()).then().statusCode(410).body(containsString("公示期限届满"));
        given().get("/decisions/" + large.itemId()).then().statusCode(200);
    }

    @Test
    void staffCannotChooseExpiryAsAWithdrawalReason() {
        Fixtures.Team team = fixtures.team();
        Revision revision = published(team, Fixtures.penalty("测市监罚〔2026〕33号", new BigDecimal("500")),
                china(2026, 3, 10));
        assertThatThrownBy(() -> workflow.withdraw(team.approver(), revision.itemId(),
                WithdrawalReason.PERIOD_EXPIRED, "无", null, LocalDate.of(2026, 6, 1),
                Instant.now())).hasMessage("撤回原因：公示期限届满由系统按本机关的公示规则自动撤下，不能手工选择");
    }

    @Test
    void enteringTheNextYearsHolidaysRecountsTheDeadlinesThatRanIntoIt() {
        Fixtures.Team team = fixtures.team();
        DecisionContent lateDecember = new DecisionContent("测市监罚〔2026〕41号", DecisionType.PENALTY,
                "江西测试医药有限公司", PartyKind.LEGAL_PERSON, COMPANY_CODE, null,
                "经查，当事人在经营场所销售超过有效期的药品，货值金额较小。", List.of("《药品管理法》第九十八条"), "罚款5000元。",
                new BigDecimal("5000"), null, LocalDate.of(2026, 12, 28), false, false);
        Revision revision = workflow.create(team.editor(), team.agencyId(), lateDecember, china(2026, 12, 29));
        // Without the 2027 notice, 1 January counts as a Friday like any other.
        assertThat(sql.text("SELECT due_on || '/' || due_provisional FROM decision_timeline WHERE item_id = ?",
                revision.itemId())).isEqualTo("2027-01-06/true");

        assertThatThrownBy(() -> calendar.enter(team.editor(), ARRANGEMENT_2027, Instant.now()))
                .hasMessage("录入节假日安排需要系统管理员角色");
        assertThatThrownBy(() -> calendar.enter(team.administrator(), "{\"year\": 2027, \"days\": [{\"date\": "
                + "\"2027-13-01\", \"name\": \"元旦\", \"isOffDay\": true}]}", Instant.now()))
                .isInstanceOf(WorkflowException.class).hasMessageStartingWith("节假日安排：");
        assertThatThrownBy(() -> calendar.enter(team.administrator(), ARRANGEMENT_2027.replace("2027", "2026"),
                Instant.now())).hasMessageContaining("2026 年的节假日安排已随系统内置");
        assertThat(sql.count("SELECT COUNT(*) FROM holiday_arrangement WHERE arrangement_year = 2027")).isZero();

        assertThat(calendar.enter(team.administrator(), ARRANGEMENT_2027, Instant.now())).isPositive();
        assertThat(sql.text("SELECT due_on || '/' || due_provisional FROM decision_timeline WHERE item_id = ?",
                revision.itemId())).isEqualTo("2027-01-07/false");
        assertThat(sql.text("SELECT actor FROM record_entry WHERE subject = 'holidays:2027'"))
                .isEqualTo(team.administrator().recordName());

        DecisionContent nextOne = new DecisionContent("测市监罚〔2026〕42号", DecisionType.PENALTY,
                "江西测试医药有限公司", PartyKind.LEGAL_PERSON, COMPANY_CODE, null,
                "经查，当事人在经营场所销售超过有效期的药品，货值金额较小。", List.of("《药品管理法》第九十八条"), "罚款5000元。",
                new BigDecimal("5000"), null, LocalDate.of(2026, 12, 28), false, false);
        Revision later = workflow.create(team.editor(), team.agencyId(), nextOne, china(2026, 12, 29));
        assertThat(sql.text("SELECT due_on || '/' || due_provisional FROM decision_timeline WHERE item_id = ?",
                later.itemId())).as("new deadlines use the entered year at once").isEqualTo("2027-01-07/false");
    }

    private static final String ARRANGEMENT_2027 = """
            {"year": 2027, "papers": ["测试用安排"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-03", "isOffDay": true}
            ]}""";

    private Revision published(Fixtures.Team team, DecisionContent content, Instant at) {
        Revision revision = workflow.create(team.editor(), team.agencyId(), content, at);
        workflow.submit(team.editor(), revision.id(), at.plusSeconds(60));
        workflow.review(team.reviewer(), revision.id(), Verdict.AGREE, null, at.plusSeconds(120));
        workflow.approve(team.approver(), revision.id(), null, at.plusSeconds(180));
        return revision;
    }

    private static Instant china(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(Workflow.CHINA).toInstant();
    }
}
