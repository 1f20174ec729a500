package cn.zfgs.content.editorial;

import static cn.zfgs.content.editorial.Staff.ADMIN_FENG;
import static cn.zfgs.content.editorial.Staff.ALL_ROLES_ZHOU;
import static cn.zfgs.content.editorial.Staff.APPROVER_SUN;
import static cn.zfgs.content.editorial.Staff.CITY;
import static cn.zfgs.content.editorial.Staff.CITY_EDITOR_CHEN;
import static cn.zfgs.content.editorial.Staff.CITY_HEAD_WU;
import static cn.zfgs.content.editorial.Staff.DISTRICT;
import static cn.zfgs.content.editorial.Staff.EDITOR_LI;
import static cn.zfgs.content.editorial.Staff.EDITOR_WANG;
import static cn.zfgs.content.editorial.Staff.LEGAL_QIAN;
import static cn.zfgs.content.editorial.Staff.OUTSIDER_ZHENG;
import static cn.zfgs.content.editorial.Staff.REVIEWER_ZHAO;
import static cn.zfgs.content.editorial.Staff.SCOPE_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The workflow rules {@link Revision} enforces itself, each with the message staff see when they break one. */
class RevisionWorkflowTest {

    private static final String LEGAL_AGREE_NEEDED = "重大执法决定须经法制审核同意后方可批准";
    private static final String REASONS_NEEDED = "退回修改时必须填写书面理由";

    /** Asserts the action is refused with exactly {@code message} and that the revision did not change at all. */
    static void assertRefused(Revision revision, ThrowingCallable action, String message) {
        RevisionSnapshot before = RevisionSnapshot.of(revision);
        assertThatThrownBy(action).isExactlyInstanceOf(WorkflowException.class).hasMessage(message);
        assertThat(RevisionSnapshot.of(revision)).isEqualTo(before);
    }

    private static LegalReviewChecklist checklistWith(LegalReviewChecklist.Point point, Boolean answer) {
        Map<LegalReviewChecklist.Point, Boolean> answers = new EnumMap<>(LegalReviewChecklist.allSatisfied().answers());
        if (answer == null) {
            answers.remove(point);
        } else {
            answers.put(point, answer);
        }
        return new LegalReviewChecklist(answers);
    }

    @Nested
    class Drafting {

        @Test
        void aNewRevisionIsADraftOfItsAuthorAndNotReadyToPublish() {
            Revision r = RevisionScenario.draft(false).revision;

            assertThat(r.status()).isEqualTo(RevisionStatus.DRAFT);
            assertThat(r.createdBy()).isEqualTo(EDITOR_WANG.id());
            assertThat(r.submittedBy()).isNull();
            assertThat(r.approvedBy()).isNull();
            assertThat(r.readyToPublish(RevisionScenario.START.plus(Duration.ofDays(365)))).isFalse();
        }

        @Test
        void anEditorOfTheAgencyMayEditADraft() {
            Revision r = RevisionScenario.draft(false).revision;

            r.edit(EDITOR_LI, DISTRICT, "{\"new\":1}", true, "更正了罚款金额");

            assertThat(r.payload()).isEqualTo("{\"new\":1}");
            assertThat(r.major()).isTrue();
            assertThat(r.changeNote()).isEqualTo("更正了罚款金额");
            assertThat(r.status()).isEqualTo(RevisionStatus.DRAFT);
        }

        @Test
        void editingNeedsTheEditorRole() {
            Revision r = RevisionScenario.draft(false).revision;

            assertRefused(r, () -> r.edit(REVIEWER_ZHAO, DISTRICT, "{}", false, null), "“修改”需要承办人角色");
        }

        @Test
        void aSubmittedRevisionCannotBeEdited() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG);

            assertRefused(s.revision, () -> s.revision.edit(EDITOR_WANG, DISTRICT, "{}", true, null),
                    "修订当前状态为“待审核”，不能修改");
        }

        @Test
        void submittingNeedsTheEditorRole() {
            Revision r = RevisionScenario.draft(false).revision;

            assertRefused(r, () -> r.submit(APPROVER_SUN, DISTRICT, RevisionScenario.START), "“提交审核”需要承办人角色");
        }

        @Test
        void submittingRecordsTheSubmitterAndAwaitsReview() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_LI);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.SUBMITTED);
            assertThat(s.revision.submittedBy()).isEqualTo(EDITOR_LI.id());
            assertThat(s.revision.readyToPublish(s.now)).isFalse();
        }

        @Test
        void aRevisionCannotBeSubmittedTwice() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG);

            assertRefused(s.revision, () -> s.revision.submit(EDITOR_LI, DISTRICT, s.tick()),
                    "修订当前状态为“待审核”，不能提交审核");
        }

        @Test
        void aSystemAdministratorHasNoPartInTheWorkflow() {
            RevisionScenario s = RevisionScenario.draft(false);
            assertRefused(s.revision, () -> s.revision.submit(ADMIN_FENG, DISTRICT, s.tick()), "“提交审核”需要承办人角色");

            s.submit(EDITOR_WANG);
            assertRefused(s.revision, () -> s.revision.review(ADMIN_FENG, DISTRICT, Verdict.AGREE, null, s.tick()),
                    "“审核”需要审核人角色");
        }
    }

    /** 谁执法谁公示: own agency, or a subordinate agency the actor was granted; nothing else. */
    @Nested
    class AgencyScope {

        @Test
        void staffOfAnotherAgencyCannotEditOrSubmitEvenWithEveryRole() {
            Revision r = RevisionScenario.draft(false).revision;

            assertRefused(r, () -> r.edit(OUTSIDER_ZHENG, DISTRICT, "{}", false, null), SCOPE_MESSAGE);
            assertRefused(r, () -> r.submit(OUTSIDER_ZHENG, DISTRICT, RevisionScenario.START), SCOPE_MESSAGE);
        }

        @Test
        void staffOfAnotherAgencyCannotReview() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG);

            assertRefused(s.revision, () -> s.revision.review(OUTSIDER_ZHENG, DISTRICT, Verdict.AGREE, null, s.tick()),
                    SCOPE_MESSAGE);
        }

        @Test
        void staffOfAnotherAgencyCannotGiveTheLegalReview() {
            RevisionScenario s = RevisionScenario.draft(true).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null);

            assertRefused(s.revision, () -> s.revision.legalReview(OUTSIDER_ZHENG, DISTRICT,
                    LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null, s.tick()), SCOPE_MESSAGE);
        }

        @Test
        void staffOfAnotherAgencyCannotApproveOrReject() {
            RevisionScenario s = RevisionScenario.reviewed(true);

            assertRefused(s.revision, () -> s.revision.approve(OUTSIDER_ZHENG, DISTRICT, s.opinions, null, s.tick()),
                    SCOPE_MESSAGE);
            assertRefused(s.revision, () -> s.revision.reject(OUTSIDER_ZHENG, DISTRICT, "不同意", s.tick()),
                    SCOPE_MESSAGE);
        }

        @Test
        void aGrantOverAnotherSubordinateAgencyDoesNotCount() {
            RevisionScenario s = RevisionScenario.reviewed(false);

            assertRefused(s.revision,
                    () -> s.revision.approve(CITY_EDITOR_CHEN, DISTRICT, s.opinions, null, s.tick()), SCOPE_MESSAGE);
        }

        @Test
        void aGrantDoesNotGoUpwards() {
            Revision cityRevision = RevisionScenario.draft(false).revision;

            assertRefused(cityRevision, () -> cityRevision.submit(EDITOR_WANG, CITY, RevisionScenario.START),
                    SCOPE_MESSAGE);
        }

        @Test
        void staffGrantedTheSubordinateAgencyTakeItThroughEveryStep() {
            RevisionScenario s = RevisionScenario.draft(true).submit(EDITOR_WANG)
                    .review(CITY_HEAD_WU, Verdict.AGREE, null)
                    .legalReview(CITY_HEAD_WU, LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null)
                    .approve(CITY_HEAD_WU);

            assertThat(s.revision.approvedBy()).isEqualTo(CITY_HEAD_WU.id());
            assertThat(s.opinions).extracting(ReviewOpinion::reviewerId).containsOnly(CITY_HEAD_WU.id());
        }
    }

    /** 双人审核: whoever submitted the revision never reviews, legal-reviews or approves it, whatever roles they hold. */
    @Nested
    class FourEyes {

        @Test
        void theSubmitterCannotReviewTheirOwnSubmission() {
            RevisionScenario s = RevisionScenario.draft(false).submit(ALL_ROLES_ZHOU);

            assertRefused(s.revision, () -> s.revision.review(ALL_ROLES_ZHOU, DISTRICT, Verdict.AGREE, null, s.tick()),
                    "提交人不能审核自己提交的修订（双人审核）");
        }

        @Test
        void theSubmitterCannotGiveTheLegalReview() {
            RevisionScenario s = RevisionScenario.draft(true).submit(ALL_ROLES_ZHOU)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null);

            assertRefused(s.revision, () -> s.revision.legalReview(ALL_ROLES_ZHOU, DISTRICT,
                    LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null, s.tick()),
                    "提交人不能法制审核自己提交的修订（双人审核）");
        }

        @Test
        void theSubmitterCannotApprove() {
            RevisionScenario s = RevisionScenario.draft(true).submit(ALL_ROLES_ZHOU)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null)
                    .legalReview(LEGAL_QIAN, LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null);

            assertRefused(s.revision, () -> s.revision.approve(ALL_ROLES_ZHOU, DISTRICT, s.opinions, null, s.tick()),
                    "提交人不能批准自己提交的修订（双人审核）");
        }

        @Test
        void whoeverResubmitsBecomesTheSubmitter() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG)
                    .review(ALL_ROLES_ZHOU, Verdict.ISSUES, "违法事实表述不清")
                    .submit(ALL_ROLES_ZHOU);

            assertThat(s.revision.submittedBy()).isEqualTo(ALL_ROLES_ZHOU.id());
            assertRefused(s.revision, () -> s.revision.review(ALL_ROLES_ZHOU, DISTRICT, Verdict.AGREE, null, s.tick()),
                    "提交人不能审核自己提交的修订（双人审核）");
        }

        @Test
        void someoneElseHoldingEveryRoleMayApprove() {
            RevisionScenario s = RevisionScenario.reviewed(true).approve(ALL_ROLES_ZHOU);

            assertThat(s.revision.approvedBy()).isEqualTo(ALL_ROLES_ZHOU.id());
        }
    }

    @Nested
    class Review {

        @Test
        void reviewingNeedsTheReviewerRole() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG);

            assertRefused(s.revision, () -> s.revision.review(LEGAL_QIAN, DISTRICT, Verdict.AGREE, null, s.tick()),
                    "“审核”需要审核人角色");
        }

        @Test
        void onlyASubmittedRevisionCanBeReviewed() {
            RevisionScenario s = RevisionScenario.draft(false);

            assertRefused(s.revision, () -> s.revision.review(REVIEWER_ZHAO, DISTRICT, Verdict.AGREE, null, s.tick()),
                    "修订当前状态为“草稿”，不能审核");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n", "　"})
        void issuesWithoutWrittenReasonsAreRefused(String reasons) {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG);

            assertRefused(s.revision, () -> s.revision.review(REVIEWER_ZHAO, DISTRICT, Verdict.ISSUES, reasons,
                    s.tick()), REASONS_NEEDED);
        }

        @Test
        void issuesReturnTheRevisionToTheEditorWithTheReasons() {
            RevisionScenario s = RevisionScenario.draft(true).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.ISSUES, "证据不足");

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.DRAFT);
            ReviewOpinion opinion = s.opinions.get(0);
            assertThat(opinion.stage()).isEqualTo(ReviewStage.REVIEW);
            assertThat(opinion.verdict()).isEqualTo(Verdict.ISSUES);
            assertThat(opinion.reasons()).isEqualTo("证据不足");
            assertThat(opinion.reviewerId()).isEqualTo(REVIEWER_ZHAO.id());
            assertThat(opinion.givenAt()).isEqualTo(s.now);
            assertThat(opinion.checklist()).isNull();

            s.edit(EDITOR_WANG, true).submit(EDITOR_WANG);
            assertThat(s.revision.status()).isEqualTo(RevisionStatus.SUBMITTED);
        }

        @Test
        void anOrdinaryRevisionAgreedGoesStraightToApproval() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.REVIEWED);
            assertThat(s.opinions).singleElement().satisfies(o -> {
                assertThat(o.stage()).isEqualTo(ReviewStage.REVIEW);
                assertThat(o.verdict()).isEqualTo(Verdict.AGREE);
            });
        }

        @Test
        void aMajorRevisionAgreedGoesToLegalReview() {
            RevisionScenario s = RevisionScenario.draft(true).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, "同意");

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.LEGAL_REVIEW);
            assertThat(s.revision.readyToPublish(s.now)).isFalse();
        }

        @Test
        void aDraftEditedIntoAMajorDecisionGoesToLegalReview() {
            RevisionScenario s = RevisionScenario.draft(false).edit(EDITOR_WANG, true).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.LEGAL_REVIEW);
        }
    }

    /** 法制审核 of a major revision. */
    @Nested
    class LegalReview {

        private RevisionScenario awaitingLegalReview() {
            return RevisionScenario.draft(true).submit(EDITOR_WANG).review(REVIEWER_ZHAO, Verdict.AGREE, null);
        }

        @Test
        void legalReviewNeedsTheLegalReviewerRole() {
            RevisionScenario s = awaitingLegalReview();

            assertRefused(s.revision, () -> s.revision.legalReview(REVIEWER_ZHAO, DISTRICT,
                    LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null, s.tick()), "“法制审核”需要法制审核人员角色");
        }

        @Test
        void anOrdinaryRevisionHasNoLegalReviewStep() {
            RevisionScenario s = RevisionScenario.reviewed(false);

            assertRefused(s.revision, () -> s.revision.legalReview(LEGAL_QIAN, DISTRICT,
                    LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null, s.tick()), "修订当前状态为“待批准”，不能法制审核");
        }

        @Test
        void agreeWithAnUnansweredPointIsRefused() {
            RevisionScenario s = awaitingLegalReview();
            LegalReviewChecklist unanswered = checklistWith(LegalReviewChecklist.Point.DOCUMENTS_COMPLETE, null);

            assertRefused(s.revision, () -> s.revision.legalReview(LEGAL_QIAN, DISTRICT, unanswered, Verdict.AGREE,
                    null, s.tick()), "法制审核同意前，审核要点须全部填写且通过：执法文书是否完备规范：未填写");
        }

        @Test
        void agreeWithAFailedLawfulnessPointIsRefused() {
            RevisionScenario s = awaitingLegalReview();
            LegalReviewChecklist unclear = checklistWith(LegalReviewChecklist.Point.FACTS_CLEAR, false);

            assertRefused(s.revision, () -> s.revision.legalReview(LEGAL_QIAN, DISTRICT, unclear, Verdict.AGREE, null,
                    s.tick()), "法制审核同意前，审核要点须全部填写且通过：案件事实是否清楚：未通过");
        }

        @Test
        void agreeOnAFullChecklistPassesTheRevisionToApprovalAndRecordsTheChecklist() {
            RevisionScenario s = awaitingLegalReview()
                    .legalReview(LEGAL_QIAN, LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.REVIEWED);
            ReviewOpinion opinion = s.opinions.get(1);
            assertThat(opinion.stage()).isEqualTo(ReviewStage.LEGAL_REVIEW);
            assertThat(opinion.verdict()).isEqualTo(Verdict.AGREE);
            assertThat(opinion.reviewerId()).isEqualTo(LEGAL_QIAN.id());
            assertThat(opinion.givenAt()).isEqualTo(s.now);
            assertThat(opinion.checklist()).isEqualTo("{\"AGENCY_COMPETENT\":true,\"OFFICERS_QUALIFIED\":true,"
                    + "\"PROCEDURE_LAWFUL\":true,\"FACTS_CLEAR\":true,\"EVIDENCE_SUFFICIENT\":true,"
                    + "\"LAW_CORRECTLY_APPLIED\":true,\"DISCRETION_PROPER\":true,\"WITHIN_AUTHORITY\":true,"
                    + "\"DOCUMENTS_COMPLETE\":true,\"TRANSFER_TO_JUDICIAL\":false}");
        }

        @Test
        void aSuspectedCrimeToTransferDoesNotPreventAgreement() {
            RevisionScenario s = awaitingLegalReview().legalReview(LEGAL_QIAN,
                    checklistWith(LegalReviewChecklist.Point.TRANSFER_TO_JUDICIAL, true), Verdict.AGREE, null);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.REVIEWED);
            assertThat(s.opinions.get(1).checklist()).contains("\"TRANSFER_TO_JUDICIAL\":true");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void issuesWithoutWrittenReasonsAreRefused(String reasons) {
            RevisionScenario s = awaitingLegalReview();

            assertRefused(s.revision, () -> s.revision.legalReview(LEGAL_QIAN, DISTRICT,
                    LegalReviewChecklist.allSatisfied(), Verdict.ISSUES, reasons, s.tick()), REASONS_NEEDED);
        }

        @Test
        void issuesOnAnIncompleteChecklistReturnTheRevisionToTheEditor() {
            RevisionScenario s = awaitingLegalReview().legalReview(LEGAL_QIAN,
                    checklistWith(LegalReviewChecklist.Point.EVIDENCE_SUFFICIENT, false), Verdict.ISSUES, "证据不足");

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.DRAFT);
            ReviewOpinion opinion = s.opinions.get(1);
            assertThat(opinion.stage()).isEqualTo(ReviewStage.LEGAL_REVIEW);
            assertThat(opinion.verdict()).isEqualTo(Verdict.ISSUES);
            assertThat(opinion.reasons()).isEqualTo("证据不足");
            assertThat(opinion.checklist()).contains("\"EVIDENCE_SUFFICIENT\":false");
        }
    }

    @Nested
    class Approval {

        @Test
        void approvingNeedsTheApproverRole() {
            RevisionScenario s = RevisionScenario.reviewed(false);

            assertRefused(s.revision, () -> s.revision.approve(REVIEWER_ZHAO, DISTRICT, s.opinions, null, s.tick()),
                    "“批准”需要负责人角色");
        }

        @Test
        void onlyAReviewedRevisionCanBeApproved() {
            RevisionScenario submitted = RevisionScenario.draft(false).submit(EDITOR_WANG);
            assertRefused(submitted.revision, () -> submitted.revision.approve(APPROVER_SUN, DISTRICT, List.of(), null,
                    submitted.tick()), "修订当前状态为“待审核”，不能批准");

            RevisionScenario inLegalReview = RevisionScenario.draft(true).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null);
            assertRefused(inLegalReview.revision, () -> inLegalReview.revision.approve(APPROVER_SUN, DISTRICT,
                    inLegalReview.opinions, null, inLegalReview.tick()), "修订当前状态为“待法制审核”，不能批准");
        }

        @Test
        void anOrdinaryRevisionIsApprovedWithoutALegalOpinionAndIsReadyAtOnce() {
            RevisionScenario s = RevisionScenario.reviewed(false);

            ReviewOpinion approval = s.revision.approve(APPROVER_SUN, DISTRICT, List.of(), null, s.tick());

            assertThat(s.revision.approvedBy()).isEqualTo(APPROVER_SUN.id());
            assertThat(s.revision.approvedAt()).isEqualTo(s.now);
            assertThat(s.revision.status()).isEqualTo(RevisionStatus.APPROVED);
            assertThat(s.revision.scheduledFor()).isNull();
            assertThat(s.revision.readyToPublish(s.now)).isTrue();
            assertThat(approval.stage()).isEqualTo(ReviewStage.APPROVAL);
            assertThat(approval.verdict()).isEqualTo(Verdict.AGREE);
            assertThat(approval.reviewerId()).isEqualTo(APPROVER_SUN.id());
            assertThat(approval.givenAt()).isEqualTo(s.now);
        }

        @Test
        void aMajorRevisionIsApprovedWithItsLegalAgree() {
            RevisionScenario s = RevisionScenario.reviewed(true).approve(APPROVER_SUN);

            assertThat(s.revision.approvedBy()).isEqualTo(APPROVER_SUN.id());
            assertThat(s.revision.readyToPublish(s.now)).isTrue();
        }

        @Test
        void aMajorRevisionIsNotApprovedWithoutALegalOpinionAgree() {
            RevisionScenario s = RevisionScenario.reviewed(true);
            Instant after = s.lastSubmittedAt.plusSeconds(1);
            List<ReviewOpinion> noLegalAgree = List.of(
                    new ReviewOpinion(null, ReviewStage.REVIEW, Verdict.AGREE, null, null, REVIEWER_ZHAO.id(), after),
                    new ReviewOpinion(null, ReviewStage.LEGAL_REVIEW, Verdict.ISSUES, "证据不足",
                            LegalReviewChecklist.allSatisfied().toJson(), LEGAL_QIAN.id(), after),
                    new ReviewOpinion(null, ReviewStage.APPROVAL, Verdict.AGREE, null, null, CITY_HEAD_WU.id(), after));

            assertRefused(s.revision, () -> s.revision.approve(APPROVER_SUN, DISTRICT, List.of(), null, s.tick()),
                    LEGAL_AGREE_NEEDED);
            assertRefused(s.revision, () -> s.revision.approve(APPROVER_SUN, DISTRICT, noLegalAgree, null, s.tick()),
                    LEGAL_AGREE_NEEDED);
        }

        @Test
        void aLegalAgreeGivenAtTheMomentOfSubmissionCountsOneGivenJustBeforeDoesNot() {
            RevisionScenario s = RevisionScenario.reviewed(true);
            ReviewOpinion justBefore = new ReviewOpinion(null, ReviewStage.LEGAL_REVIEW, Verdict.AGREE, null,
                    LegalReviewChecklist.allSatisfied().toJson(), LEGAL_QIAN.id(), s.lastSubmittedAt.minusNanos(1));
            ReviewOpinion atSubmission = new ReviewOpinion(null, ReviewStage.LEGAL_REVIEW, Verdict.AGREE, null,
                    LegalReviewChecklist.allSatisfied().toJson(), LEGAL_QIAN.id(), s.lastSubmittedAt);

            assertRefused(s.revision, () -> s.revision.approve(APPROVER_SUN, DISTRICT, List.of(justBefore), null,
                    s.tick()), LEGAL_AGREE_NEEDED);

            s.revision.approve(APPROVER_SUN, DISTRICT, List.of(atSubmission), null, s.tick());
            assertThat(s.revision.approvedBy()).isEqualTo(APPROVER_SUN.id());
        }

        @Test
        void aLegalAgreeFromBeforeAResubmissionDoesNotCount() {
            RevisionScenario s = RevisionScenario.reviewed(true);
            ReviewOpinion oldAgree = s.opinions.get(1);
            assertThat(oldAgree.stage()).isEqualTo(ReviewStage.LEGAL_REVIEW);

            s.reject(APPROVER_SUN, "处罚决定书文号有误，请核对").edit(EDITOR_WANG, true).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null);
            assertThat(s.revision.status()).isEqualTo(RevisionStatus.LEGAL_REVIEW);
            assertRefused(s.revision, () -> s.revision.approve(APPROVER_SUN, DISTRICT, s.opinions, null, s.tick()),
                    "修订当前状态为“待法制审核”，不能批准");

            List<ReviewOpinion> beforeTheNewLegalReview = List.copyOf(s.opinions);
            s.legalReview(LEGAL_QIAN, LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null);
            assertThat(s.revision.status()).isEqualTo(RevisionStatus.REVIEWED);

            assertThat(beforeTheNewLegalReview).contains(oldAgree);
            assertRefused(s.revision, () -> s.revision.approve(APPROVER_SUN, DISTRICT, beforeTheNewLegalReview, null,
                    s.tick()), LEGAL_AGREE_NEEDED);

            s.approve(APPROVER_SUN);
            assertThat(s.revision.approvedBy()).isEqualTo(APPROVER_SUN.id());
        }

        @Test
        void anApprovalForLaterSchedulesThePublication() {
            RevisionScenario s = RevisionScenario.reviewed(true);
            Instant approvedAt = s.now.plus(Duration.ofMinutes(1));
            Instant publishAt = approvedAt.plus(Duration.ofDays(2));

            s.approve(APPROVER_SUN, publishAt);

            assertThat(s.revision.approvedAt()).isEqualTo(approvedAt);
            assertThat(s.revision.status()).isEqualTo(RevisionStatus.SCHEDULED);
            assertThat(s.revision.scheduledFor()).isEqualTo(publishAt);
            assertThat(s.revision.readyToPublish(approvedAt)).isFalse();
            assertThat(s.revision.readyToPublish(publishAt.minusNanos(1))).isFalse();
            assertThat(s.revision.readyToPublish(publishAt)).isTrue();
            assertThat(s.revision.readyToPublish(publishAt.plus(Duration.ofDays(30)))).isTrue();
        }

        @Test
        void aScheduleNotInTheFuturePublishesAtOnce() {
            RevisionScenario now = RevisionScenario.reviewed(false);
            Instant at = now.tick();
            now.revision.approve(APPROVER_SUN, DISTRICT, now.opinions, at, at);
            assertThat(now.revision.status()).isEqualTo(RevisionStatus.APPROVED);
            assertThat(now.revision.scheduledFor()).isNull();
            assertThat(now.revision.readyToPublish(at)).isTrue();

            RevisionScenario past = RevisionScenario.reviewed(false);
            Instant later = past.tick();
            past.revision.approve(APPROVER_SUN, DISTRICT, past.opinions, later.minus(Duration.ofDays(1)), later);
            assertThat(past.revision.status()).isEqualTo(RevisionStatus.APPROVED);
            assertThat(past.revision.readyToPublish(later)).isTrue();
        }

        @Test
        void aScheduledRevisionCannotBeApprovedOrRejectedAgain() {
            RevisionScenario s = RevisionScenario.reviewed(false)
                    .approve(APPROVER_SUN, Instant.parse("2030-01-01T00:00:00Z"));

            assertRefused(s.revision, () -> s.revision.approve(CITY_HEAD_WU, DISTRICT, s.opinions, null, s.tick()),
                    "修订当前状态为“定时发布”，不能批准");
            assertRefused(s.revision, () -> s.revision.reject(CITY_HEAD_WU, DISTRICT, "撤销", s.tick()),
                    "修订当前状态为“定时发布”，不能退回");
        }
    }

    @Nested
    class ScheduleCancellation {

        private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

        @Test
        void aCancelledScheduleReturnsTheRevisionToApprovalWithTheReasons() {
            RevisionScenario s = RevisionScenario.reviewed(true).approve(APPROVER_SUN, LATER);
            Instant at = s.tick();

            ReviewOpinion cancellation = s.revision.cancelSchedule(CITY_HEAD_WU, DISTRICT, "文号有误，待核实", at);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.REVIEWED);
            assertThat(s.revision.scheduledFor()).isNull();
            assertThat(s.revision.approvedBy()).isNull();
            assertThat(s.revision.approvedAt()).isNull();
            assertThat(s.revision.readyToPublish(LATER)).as("no longer due at the old time").isFalse();
            assertThat(cancellation.stage()).isEqualTo(ReviewStage.SCHEDULE_CANCEL);
            assertThat(cancellation.reasons()).isEqualTo("文号有误，待核实");
            assertThat(cancellation.reviewerId()).isEqualTo(CITY_HEAD_WU.id());
            assertThat(cancellation.givenAt()).isEqualTo(at);

            s.opinions.add(cancellation);
            s.approve(APPROVER_SUN);
            assertThat(s.revision.status()).as("the legal review AGREE still counts")
                    .isEqualTo(RevisionStatus.APPROVED);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" \n "})
        void aCancellationNeedsReasons(String reasons) {
            RevisionScenario s = RevisionScenario.reviewed(false).approve(APPROVER_SUN, LATER);

            assertRefused(s.revision, () -> s.revision.cancelSchedule(APPROVER_SUN, DISTRICT, reasons, s.tick()),
                    "取消定时发布时必须填写理由");
        }

        @Test
        void onlyAnApproverInScopeCancelsAndOnlyAScheduledRevision() {
            RevisionScenario s = RevisionScenario.reviewed(false).approve(APPROVER_SUN, LATER);
            assertRefused(s.revision, () -> s.revision.cancelSchedule(EDITOR_WANG, DISTRICT, "理由", s.tick()),
                    "“取消定时发布”需要负责人角色");
            assertRefused(s.revision, () -> s.revision.cancelSchedule(OUTSIDER_ZHENG, DISTRICT, "理由",
                    s.tick()), "只能处理本机关或授权的下级机关的内容（谁执法谁公示）");

            RevisionScenario now = RevisionScenario.reviewed(false).approve(APPROVER_SUN);
            assertRefused(now.revision, () -> now.revision.cancelSchedule(APPROVER_SUN, DISTRICT, "理由", now.tick()),
                    "修订当前状态为“已批准”，不能取消定时发布");
        }
    }

    @Nested
    class Rejection {

        @Test
        void rejectingNeedsTheApproverRole() {
            RevisionScenario s = RevisionScenario.reviewed(false);

            assertRefused(s.revision, () -> s.revision.reject(REVIEWER_ZHAO, DISTRICT, "不同意", s.tick()),
                    "“退回”需要负责人角色");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" \n "})
        void aRejectionNeedsWrittenReasons(String reasons) {
            RevisionScenario s = RevisionScenario.reviewed(false);

            assertRefused(s.revision, () -> s.revision.reject(APPROVER_SUN, DISTRICT, reasons, s.tick()),
                    REASONS_NEEDED);
        }

        @Test
        void onlyAReviewedRevisionCanBeRejected() {
            RevisionScenario s = RevisionScenario.draft(false).submit(EDITOR_WANG);

            assertRefused(s.revision, () -> s.revision.reject(APPROVER_SUN, DISTRICT, "不同意", s.tick()),
                    "修订当前状态为“待审核”，不能退回");
        }

        @Test
        void aRejectionReturnsTheRevisionToTheEditorWithTheReasons() {
            RevisionScenario s = RevisionScenario.reviewed(true).reject(APPROVER_SUN, "裁量理由不充分");

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.DRAFT);
            assertThat(s.revision.approvedBy()).isNull();
            assertThat(s.revision.readyToPublish(s.now)).isFalse();
            ReviewOpinion opinion = s.opinions.get(s.opinions.size() - 1);
            assertThat(opinion.stage()).isEqualTo(ReviewStage.APPROVAL);
            assertThat(opinion.verdict()).isEqualTo(Verdict.ISSUES);
            assertThat(opinion.reasons()).isEqualTo("裁量理由不充分");
            assertThat(opinion.reviewerId()).isEqualTo(APPROVER_SUN.id());

            s.edit(EDITOR_WANG, true);
            assertThat(s.revision.payload()).isEqualTo(RevisionScenario.PAYLOAD + " ");
        }
    }

    @Nested
    class Publication {

        @Test
        void anUnapprovedRevisionCannotBePublished() {
            RevisionScenario reviewed = RevisionScenario.reviewed(false);
            assertThat(reviewed.revision.readyToPublish(reviewed.now)).isFalse();
            assertRefused(reviewed.revision, () -> reviewed.revision.markPublished(1, reviewed.now),
                    "修订当前状态为“待批准”，未经批准不能发布");

            Revision draft = RevisionScenario.draft(false).revision;
            assertRefused(draft, () -> draft.markPublished(1, reviewed.now), "修订当前状态为“草稿”，未经批准不能发布");
        }

        @Test
        void anApprovedRevisionIsPublishedAsTheGivenVersionAndIsNoLongerWaiting() {
            RevisionScenario s = RevisionScenario.reviewed(false).approved();

            s.revision.markPublished(3, s.now);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.PUBLISHED);
            assertThat(s.revision.publishedVersion()).isEqualTo(3);
            assertThat(s.revision.readyToPublish(s.now)).isFalse();
            assertRefused(s.revision, () -> s.revision.approve(CITY_HEAD_WU, DISTRICT, s.opinions, null, s.tick()),
                    "修订当前状态为“已发布”，不能批准");
        }

        /** An approval covers the text that was approved: nothing can send that text back and keep the approval. */
        @Test
        void anApprovedRevisionCannotBeSentBackSoNoApprovalOutlivesItsText() {
            RevisionScenario s = RevisionScenario.reviewed(false).approved();

            assertRefused(s.revision, () -> s.revision.reject(CITY_HEAD_WU, DISTRICT, "发布前发现当事人信息有误，退回修改",
                    s.tick()), "修订当前状态为“已批准”，不能退回");
            assertThat(s.revision.readyToPublish(s.now)).isTrue();
        }

        @Test
        void aResubmissionForgetsTheEarlierApprovalAndSchedule() {
            RevisionScenario s = RevisionScenario.reviewed(false);
            s.reject(APPROVER_SUN, "当事人信息有误").edit(EDITOR_WANG, false).submit(EDITOR_WANG)
                    .review(REVIEWER_ZHAO, Verdict.AGREE, null);

            assertThat(s.revision.status()).isEqualTo(RevisionStatus.REVIEWED);
            assertThat(s.revision.approvedBy()).isNull();
            assertThat(s.revision.approvedAt()).isNull();
            assertThat(s.revision.scheduledFor()).isNull();
            assertThat(s.revision.readyToPublish(s.now)).isFalse();
        }
    }
}
