package cn.zfgs.portal.workflow;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.LegalReviewChecklist;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.published.PublicationEvent;
import cn.zfgs.content.published.PublicationLog;
import cn.zfgs.content.workflow.ConcurrentChangeException;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The publishing workflow end to end on PostgreSQL: rules, projections, the publication log, public pages. */
@QuarkusTest
class WorkflowOnPostgresTest {

    @Inject
    Workflow workflow;
    @Inject
    Fixtures fixtures;
    @Inject
    PublicationLog log;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anApprovedDecisionIsPublishedWithItsLogEventInTheSameTransaction() throws SQLException {
        Fixtures.Team team = fixtures.team();
        long before = log.lastSeq();
        Revision draft = reviewedDecision(team, Fixtures.penalty("测市监罚〔2026〕1号", new BigDecimal("5000")));

        workflow.approve(team.approver(), draft.id(), null, Instant.now());

        List<PublicationEvent> events = log.after(before, 100);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.itemId()).isEqualTo(draft.itemId());
            assertThat(e.event()).isEqualTo(PublicationEvent.Kind.PUBLISHED);
            assertThat(e.version()).isEqualTo(1);
        });
        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ? AND is_current", draft.itemId()))
                .isEqualTo(1);
        given().get("/decisions/" + draft.itemId()).then().statusCode(200)
                .body(containsString("测市监罚〔2026〕1号"))
                .body(containsString("江西测试医药有限公司"));
    }

    @Test
    void whoeverSubmittedCannotApproveEvenHoldingEveryRole() {
        Fixtures.Team team = fixtures.team();
        Revision draft = workflow.create(team.editor(), team.agencyId(),
                Fixtures.penalty("测市监罚〔2026〕2号", new BigDecimal("3000")), Instant.now());
        Actor allRoles = new Actor(team.editor().id(), team.editor().name(), team.agencyId(),
                EnumSet.allOf(StaffRole.class), Set.of());
        workflow.submit(allRoles, draft.id(), Instant.now());

        assertThatThrownBy(() -> workflow.review(allRoles, draft.id(), Verdict.AGREE, null, Instant.now()))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("提交人不能审核自己提交的修订");
    }

    @Test
    void aMajorDecisionCannotBeApprovedWithoutLegalReviewAgreement() throws SQLException {
        Fixtures.Team team = fixtures.team();
        Revision draft = reviewedDecision(team, Fixtures.penalty("测市监罚〔2026〕3号", new BigDecimal("200000")));

        assertThatThrownBy(() -> workflow.approve(team.approver(), draft.id(), null, Instant.now()))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("不能批准");
        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", draft.itemId())).isZero();

        workflow.legalReview(team.legalReviewer(), draft.id(), LegalReviewChecklist.allSatisfied(), Verdict.AGREE,
                null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", draft.itemId())).isEqualTo(1);
    }

    @Test
    void invalidContentIsRefusedWithEveryFieldErrorAndNothingIsSaved() throws SQLException {
        Fixtures.Team team = fixtures.team();
        long items = countAll("SELECT COUNT(*) FROM content_item");
        long entries = countAll("SELECT COUNT(*) FROM record_entry");
        DecisionContent broken = new DecisionContent("测市监罚2026-9", DecisionType.PENALTY, "江西测试医药有限公司",
                PartyKind.LEGAL_PERSON, null, null, "经查……", List.of("《药品管理法》第九百条"), "罚款。",
                new BigDecimal("-5"), null, LocalDate.of(2026, 3, 2), false, false);

        assertThatThrownBy(() -> workflow.create(team.editor(), team.agencyId(), broken, Instant.now()))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("documentNumber", "partyCreditCode", "legalBases", "fineAmount"));
        assertThat(countAll("SELECT COUNT(*) FROM content_item")).isEqualTo(items);
        assertThat(countAll("SELECT COUNT(*) FROM record_entry")).isEqualTo(entries);
    }

    @Test
    void staffCannotActForAnotherAgency() {
        Fixtures.Team team = fixtures.team();
        assertThatThrownBy(() -> workflow.create(team.outsider(), team.agencyId(),
                Fixtures.penalty("测市监罚〔2026〕4号", BigDecimal.TEN), Instant.now()))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("谁执法谁公示");
    }

    @Test
    void aCorrectionPublishesANewVersionAndKeepsThePublicHistory() throws SQLException {
        Fixtures.Team team = fixtures.team();
        Revision first = reviewedDecision(team, Fixtures.penalty("测市监罚〔2026〕5号", new BigDecimal("5000")));
        workflow.approve(team.approver(), first.id(), null, Instant.now());

        DecisionContent fixed = Fixtures.penalty("测市监罚〔2026〕5号", new BigDecimal("6000"));
        Revision correction = workflow.correct(team.editor(), first.itemId(), fixed, "原公示罚款金额有误，更正为6000元。",
                Instant.now());
        workflow.submit(team.editor(), correction.id(), Instant.now());
        workflow.review(team.reviewer(), correction.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), correction.id(), null, Instant.now());

        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ? AND is_current", first.itemId()))
                .isEqualTo(1);
        assertThat(count("SELECT version FROM pub_decision WHERE item_id = ? AND is_current", first.itemId()))
                .isEqualTo(2);
        given().get("/decisions/" + first.itemId()).then().statusCode(200)
                .body(containsString("原公示罚款金额有误"))
                .body(containsString("6,000.00 元"));
        given().get("/decisions/" + first.itemId() + "?version=1").then().statusCode(200)
                .body(containsString("该版本已被更正"))
                .body(containsString("5,000.00 元"));
    }

    @Test
    void aWithdrawnDecisionAnswersGoneAndLeavesNoPublishedRow() throws SQLException {
        Fixtures.Team team = fixtures.team();
        Revision draft = reviewedDecision(team, Fixtures.penalty("测市监罚〔2026〕6号", new BigDecimal("5000")));
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        long before = log.lastSeq();

        workflow.withdraw(team.approver(), draft.itemId(), WithdrawalReason.REVOKED,
                "南昌市人民政府行政复议决定书 洪府复决字〔2026〕9号", null, LocalDate.now(Workflow.CHINA), Instant.now());

        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", draft.itemId())).isZero();
        assertThat(log.after(before, 10)).singleElement()
                .satisfies(e -> assertThat(e.event()).isEqualTo(PublicationEvent.Kind.WITHDRAWN));
        given().get("/decisions/" + draft.itemId()).then().statusCode(410)
                .body(containsString("决定已被撤销"))
                .body(containsString("洪府复决字〔2026〕9号"))
                .body(not(containsString("江西测试医药有限公司")));
    }

    /** Found by {@link WorkflowPropertiesOnPostgresTest}: a correction approved after the withdrawal republished. */
    @Test
    void aCorrectionPendingWhenTheDecisionIsWithdrawnCanNeverPublishItAgain() throws SQLException {
        Fixtures.Team team = fixtures.team();
        Revision first = reviewedDecision(team, Fixtures.penalty("测市监罚〔2026〕15号", new BigDecimal("5000")));
        workflow.approve(team.approver(), first.id(), null, Instant.now());
        Revision correction = workflow.correct(team.editor(), first.itemId(),
                Fixtures.penalty("测市监罚〔2026〕15号", new BigDecimal("6000")), "更正罚款金额。", Instant.now());
        workflow.submit(team.editor(), correction.id(), Instant.now());
        workflow.review(team.reviewer(), correction.id(), Verdict.AGREE, null, Instant.now());

        workflow.withdraw(team.approver(), first.itemId(), WithdrawalReason.REVOKED, "洪府复决字〔2026〕15号", null,
                LocalDate.now(Workflow.CHINA), Instant.now());

        assertThatThrownBy(() -> workflow.approve(team.secondApprover(), correction.id(), null, Instant.now()))
                .isInstanceOf(WorkflowException.class).hasMessage("修订当前状态为“已撤回”，不能批准");
        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", first.itemId())).isZero();
        given().get("/decisions/" + first.itemId()).then().statusCode(410);
    }

    @Test
    void twoApproversAtOnceProduceExactlyOnePublicationAndTheOtherAClearMessage() throws Exception {
        for (int round = 0; round < 5; round++) {
            Fixtures.Team team = fixtures.team();
            Revision draft = reviewedDecision(team, Fixtures.penalty("测市监罚〔2026〕7" + round + "号",
                    new BigDecimal("5000")));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> outcomes = new ArrayList<>();
                for (Actor approver : List.of(team.approver(), team.secondApprover())) {
                    Callable<String> approve = () -> {
                        start.await();
                        try {
                            workflow.approve(approver, draft.id(), null, Instant.now());
                            return null;
                        } catch (WorkflowException refused) {
                            return refused.getMessage();
                        }
                    };
                    outcomes.add(pool.submit(approve));
                }
                start.countDown();
                List<String> messages = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    messages.add(outcome.get());
                }
                assertThat(messages).as("one approval wins").containsOnlyOnce((String) null);
                String loser = messages.stream().filter(m -> m != null).findFirst().orElseThrow();
                assertThat(loser).as("the other learns why, whichever moment it lost at")
                        .isIn(new ConcurrentChangeException().getMessage(), "修订当前状态为“已发布”，不能批准");
            } finally {
                pool.shutdownNow();
            }
            assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", draft.itemId())).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM publication_log WHERE item_id = ?", draft.itemId())).isEqualTo(1);
        }
    }

    @Test
    void aScheduledApprovalPublishesOnlyWhenItsTimeComes() throws SQLException {
        Fixtures.Team team = fixtures.team();
        Revision draft = reviewedDecision(team, Fixtures.penalty("测市监罚〔2026〕8号", new BigDecimal("5000")));
        Instant approvedAt = Instant.now();
        Instant publishAt = approvedAt.plusSeconds(3600);

        workflow.approve(team.approver(), draft.id(), publishAt, approvedAt);
        assertThat(workflow.scheduledDue(approvedAt.plusSeconds(1800))).doesNotContain(draft.id());
        assertThat(workflow.publishIfDue(draft.id(), approvedAt.plusSeconds(1800))).isFalse();
        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", draft.itemId())).isZero();

        assertThat(workflow.scheduledDue(publishAt)).contains(draft.id());
        assertThat(workflow.publishIfDue(draft.id(), publishAt)).isTrue();
        assertThat(workflow.publishIfDue(draft.id(), publishAt)).as("published once only").isFalse();
        assertThat(count("SELECT COUNT(*) FROM pub_decision WHERE item_id = ?", draft.itemId())).isEqualTo(1);
    }

    private Revision reviewedDecision(Fixtures.Team team, DecisionContent content) {
        Revision draft = workflow.create(team.editor(), team.agencyId(), content, Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        return draft;
    }

    private long countAll(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long count(String sql, Long itemId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, itemId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
