package cn.zfgs.portal.redaction;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionRedaction.Origin;
import cn.zfgs.content.editorial.RevisionRedaction.Status;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.RedactionReview;
import cn.zfgs.content.workflow.RedactionReview.SpanView;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The confirm step on PostgreSQL: suggestions, accept/reject, hand-made spans, edits, corrections, bad input. */
@QuarkusTest
class RedactionReviewOnPostgresTest {

    private static final String ID = "360102195607018403";
    private static final String MOBILE = "13673695801";
    private static final String CARD = "6217007612220294";

    @Inject
    Workflow workflow;
    @Inject
    RedactionReview redactions;
    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource dataSource;

    private static PlantedDecisions.Planted planted(int n) {
        return PlantedDecisions.penalty("测市监罚〔2026〕" + (900 + n) + "号", "邝翊珩", ID, MOBILE, CARD, "A·7K3P2",
                "kuang.yiheng@example.cn");
    }

    /** Created by the editor, submitted, reviewed: waiting for approval. */
    private Revision reviewed(Fixtures.Team team, DecisionContent content) {
        Revision draft = workflow.create(team.editor(), team.agencyId(), content, Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        return draft;
    }

    private void acceptAll(Fixtures.Team team, Long revisionId) {
        for (SpanView view : redactions.spans(team.reviewer(), revisionId)) {
            if (view.status().pending()) {
                redactions.accept(team.reviewer(), view.id(), null, Instant.now());
            }
        }
    }

    @Test
    void suggestionsBlockApprovalUntilEachIsDecidedThenThePageShowsOnlyTheProjection() {
        Fixtures.Team team = fixtures.team();
        PlantedDecisions.Planted decision = planted(1);
        Revision revision = reviewed(team, decision.content());

        List<SpanView> spans = redactions.spans(team.reviewer(), revision.id());
        assertThat(spans).isNotEmpty().allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.SUGGESTED);
            assertThat(s.origin()).isEqualTo(Origin.DETECTOR);
        });
        assertThat(spans).extracting(SpanView::covered).contains("邝翊珩", ID, MOBILE, CARD, "A·7K3P2",
                "kuang.yiheng@example.cn");
        assertThatThrownBy(() -> workflow.approve(team.approver(), revision.id(), null, Instant.now()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("还有 " + spans.size() + " 处屏蔽建议待确认，请逐一确认或驳回后再批准");

        acceptAll(team, revision.id());
        workflow.approve(team.approver(), revision.id(), null, Instant.now());

        String page = given().get("/decisions/" + revision.itemId()).then().statusCode(200).extract().asString();
        assertThat(page).contains("邝某某", "江西省南昌市进贤县", "2,000");
        for (String value : decision.values()) {
            assertThat(page).doesNotContain(value);
        }
        assertThat(actions("REDACTION_ACCEPT", revision.itemId())).isEqualTo(spans.size());
        assertThat(actions("REDACTION_SUGGEST", revision.itemId())).isEqualTo(1);
    }

    @Test
    void aRejectedSuggestionStaysPublicAndAHandMadeSpanWithItsOwnReplacementIsApplied() {
        Fixtures.Team team = fixtures.team();
        Revision revision = reviewed(team, planted(2).content());
        List<SpanView> spans = redactions.spans(team.reviewer(), revision.id());
        SpanView email = spans.stream().filter(s -> s.span().category() == RedactionCategory.EMAIL).findFirst()
                .orElseThrow();
        SpanView id = spans.stream().filter(s -> s.span().category() == RedactionCategory.ID_NUMBER).findFirst()
                .orElseThrow();

        redactions.reject(team.reviewer(), email.id(), Instant.now());
        redactions.accept(team.reviewer(), id.id(), "（已屏蔽）", Instant.now());
        String facts = planted(2).content().facts();
        String secret = "销售超过有效期的药品";
        RedactionSpan byHand = new RedactionSpan(DecisionContent.FACTS, facts.indexOf(secret), secret.length(),
                RedactionCategory.TRADE_SECRET, "（商业秘密）");
        redactions.add(team.reviewer(), revision.id(), byHand, Instant.now());
        acceptAll(team, revision.id());
        workflow.approve(team.approver(), revision.id(), null, Instant.now());

        given().get("/decisions/" + revision.itemId()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("kuang.yiheng@example.cn"))
                .body(org.hamcrest.Matchers.containsString("公民身份号码：（已屏蔽）"))
                .body(org.hamcrest.Matchers.containsString("发现其（商业秘密）"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(ID)));
        assertThat(actions("REDACTION_REJECT", revision.itemId())).isEqualTo(1);
        assertThat(actions("REDACT", revision.itemId())).isEqualTo(1);
    }

    @Test
    void badSpansAreRefusedWithAFieldErrorAndNothingIsSaved() {
        Fixtures.Team team = fixtures.team();
        Revision revision = reviewed(team, planted(3).content());
        String facts = planted(3).content().facts();
        int before = redactions.spans(team.reviewer(), revision.id()).size();
        int idAt = facts.indexOf(ID);

        assertFieldError(() -> redactions.add(team.reviewer(), revision.id(),
                new RedactionSpan("documentNumber", 0, 2, RedactionCategory.OTHER, "×"), Instant.now()),
                "field", "屏蔽字段：“documentNumber”不存在或不能屏蔽");
        assertFieldError(() -> redactions.add(team.reviewer(), revision.id(),
                new RedactionSpan(DecisionContent.RESULT, 0, 10_000, RedactionCategory.OTHER, "×"), Instant.now()),
                "length", "屏蔽范围：超出字段文本长度");
        SpanView id = redactions.spans(team.reviewer(), revision.id()).stream()
                .filter(s -> s.span().category() == RedactionCategory.ID_NUMBER).findFirst().orElseThrow();
        redactions.accept(team.reviewer(), id.id(), null, Instant.now());
        assertFieldError(() -> redactions.add(team.reviewer(), revision.id(),
                new RedactionSpan(DecisionContent.FACTS, idAt + 3, 4, RedactionCategory.OTHER, "×"), Instant.now()),
                "start", "屏蔽范围：与已有的屏蔽区段（起点 " + idAt + "，长度 18，已确认）重叠");
        assertFieldError(() -> redactions.accept(team.reviewer(), id.id(), "身份证号" + ID, Instant.now()),
                "replacement", "替换文字：不能包含被屏蔽的原文");
        assertFieldError(() -> redactions.accept(team.reviewer(), id.id(), "请致电13800138000", Instant.now()),
                "replacement", "替换文字：不能包含个人信息（检出电话号码）");
        assertFieldError(() -> redactions.accept(team.reviewer(), id.id(), "×".repeat(101), Instant.now()),
                "replacement", "替换文字：不能超过 100 个字");

        List<SpanView> after = redactions.spans(team.reviewer(), revision.id());
        assertThat(after).hasSize(before);
        assertThat(after.stream().filter(s -> s.id().equals(id.id())).findFirst().orElseThrow().span().replacement())
                .isEqualTo("×".repeat(18));
        assertThatThrownBy(() -> redactions.accept(team.outsider(), id.id(), null, Instant.now()))
                .hasMessage("只能处理本机关或授权的下级机关的内容（谁执法谁公示）");
    }

    private static void assertFieldError(Runnable action, String field, String messageStart) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidContentException.class)
                .satisfies(e -> assertThat(((InvalidContentException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).startsWith(messageStart);
                        }));
    }

    @Test
    void anEditMovesConfirmedSpansWithTheirTextAndFlagsTheOnesWhoseTextChanged() {
        Fixtures.Team team = fixtures.team();
        DecisionContent original = planted(4).content();
        Revision revision = workflow.create(team.editor(), team.agencyId(), original, Instant.now());
        acceptAll(team, revision.id());
        int confirmed = redactions.spans(team.editor(), revision.id()).size();

        DecisionContent moved = with(original, "经查明，" + original.facts());
        workflow.edit(team.editor(), revision.id(), moved, null, Instant.now());
        List<SpanView> afterMove = redactions.spans(team.editor(), revision.id());
        assertThat(afterMove).hasSize(confirmed).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.CONFIRMED);
            assertThat(s.covered()).isNotBlank();
        });
        assertThat(afterMove).extracting(SpanView::covered).contains(ID, MOBILE);

        String newMobile = "13900001111";
        workflow.edit(team.editor(), revision.id(), with(moved, moved.facts().replace(MOBILE, newMobile)), null,
                Instant.now());
        List<SpanView> afterChange = redactions.spans(team.editor(), revision.id());
        assertThat(afterChange).filteredOn(s -> s.status() == Status.NEEDS_REVIEW).singleElement()
                .satisfies(s -> assertThat(s.covered()).contains("139"));
        workflow.submit(team.editor(), revision.id(), Instant.now());
        workflow.review(team.reviewer(), revision.id(), Verdict.AGREE, null, Instant.now());
        assertThatThrownBy(() -> workflow.approve(team.approver(), revision.id(), null, Instant.now()))
                .hasMessage("还有 1 处屏蔽建议待确认（其中 1 处因文字修改需重新确认），请逐一确认或驳回后再批准");
        assertThat(actions("REDACTION_REANCHOR", revision.itemId())).isEqualTo(2);
    }

    @Test
    void aCorrectionKeepsThePublishedRedactionsSoItCannotPublishTheTextUnredacted() {
        Fixtures.Team team = fixtures.team();
        PlantedDecisions.Planted decision = planted(5);
        Revision first = reviewed(team, decision.content());
        acceptAll(team, first.id());
        workflow.approve(team.approver(), first.id(), null, Instant.now());

        DecisionContent corrected = with(decision.content(),
                decision.content().facts().replace("1,280.00", "1,380.00"));
        Revision correction = workflow.correct(team.editor(), first.itemId(), corrected, "货值金额更正为1,380.00元。",
                Instant.now());
        assertThat(redactions.spans(team.editor(), correction.id())).isNotEmpty()
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.CONFIRMED));
        workflow.submit(team.editor(), correction.id(), Instant.now());
        workflow.review(team.reviewer(), correction.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), correction.id(), null, Instant.now());

        String page = given().get("/decisions/" + first.itemId()).then().statusCode(200).extract().asString();
        assertThat(page).contains("1,380.00");
        for (String value : decision.values()) {
            assertThat(page).doesNotContain(value);
        }
    }

    @Test
    void runningTheDetectorsAgainSuggestsNothingAlreadyDecided() {
        Fixtures.Team team = fixtures.team();
        Revision revision = workflow.create(team.editor(), team.agencyId(), planted(7).content(), Instant.now());
        List<SpanView> first = redactions.spans(team.reviewer(), revision.id());
        first.forEach(view -> redactions.reject(team.reviewer(), view.id(), Instant.now()));

        List<SpanView> again = redactions.detect(team.reviewer(), revision.id(), Instant.now());

        assertThat(again).hasSameSizeAs(first).allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.REJECTED));
        assertThat(actions("REDACTION_SUGGEST", revision.itemId())).isEqualTo(1);
        assertThat(actions("REDACTION_REJECT", revision.itemId())).isEqualTo(first.size());
    }

    @Test
    void noChangeAfterApproval() {
        Fixtures.Team team = fixtures.team();
        Revision revision = reviewed(team, planted(6).content());
        acceptAll(team, revision.id());
        workflow.approve(team.approver(), revision.id(), null, Instant.now());
        Long any = redactions.spans(team.reviewer(), revision.id()).get(0).id();

        assertThatThrownBy(() -> redactions.reject(team.reviewer(), any, Instant.now()))
                .hasMessage("修订当前状态为“已发布”，不能再修改屏蔽");
    }

    /**
     * A reviewer adds a span while the approver approves: either the approval saw the span and published it, or one of
     * the two was refused; never a published version without a span whose addition succeeded.
     */
    @Test
    void aSpanAddedDuringTheApprovalIsEitherPublishedOrOneSideIsRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                Fixtures.Team team = fixtures.team();
                DecisionContent content = planted(20 + round).content();
                Revision revision = reviewed(team, content);
                acceptAll(team, revision.id());
                String secret = "销售超过有效期的药品";
                RedactionSpan span = new RedactionSpan(DecisionContent.FACTS, content.facts().indexOf(secret),
                        secret.length(), RedactionCategory.TRADE_SECRET, "（商业秘密）");
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> added = pool.submit(() -> succeeds(go,
                        () -> redactions.add(team.reviewer(), revision.id(), span, Instant.now())));
                Future<Boolean> approved = pool.submit(() -> succeeds(go,
                        () -> workflow.approve(team.approver(), revision.id(), null, Instant.now())));
                go.countDown();

                if (approved.get()) {
                    String page = given().get("/decisions/" + revision.itemId()).then().statusCode(200).extract()
                            .asString();
                    boolean wasAdded = added.get();
                    assertThat(page).as("round %d", round).contains(wasAdded ? "（商业秘密）" : secret)
                            .doesNotContain(wasAdded ? secret : "（商业秘密）");
                } else {
                    assertThat(added.get()).as("an approval is refused only for the concurrent change").isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean succeeds(CountDownLatch go, Runnable action) throws InterruptedException {
        go.await();
        try {
            action.run();
            return true;
        } catch (WorkflowException refused) {
            return false;
        }
    }

    private static DecisionContent with(DecisionContent c, String facts) {
        return new DecisionContent(c.documentNumber(), c.decisionType(), c.partyName(), c.partyKind(),
                c.partyCreditCode(), c.enforcementItemId(), facts, c.legalBases(), c.result(), c.fineAmount(),
                c.confiscatedAmount(), c.decisionDate(), c.hearingHeld(), c.licenceRevoked());
    }

    /** Record entries of an action about an item. */
    private long actions(String action, Long itemId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM record_entry WHERE action = ? AND subject LIKE ?")) {
            s.setString(1, action);
            s.setString(2, "DECISION:" + itemId + ":%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
