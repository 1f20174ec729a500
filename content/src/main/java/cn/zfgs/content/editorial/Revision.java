package cn.zfgs.content.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 修订 — one version of an item as staff write it, and its way through the workflow:
 * DRAFT → SUBMITTED → (LEGAL_REVIEW when major) → REVIEWED → APPROVED or SCHEDULED → PUBLISHED; a SCHEDULED
 * revision can be taken back to REVIEWED before its time.
 * Every transition checks role, agency scope and the four-eyes rule here, so no caller can skip them;
 * {@code lockVersion} makes two simultaneous approvals of the same revision end with exactly one winner.
 */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private Long itemId;
    private int number;
    @Enumerated(EnumType.STRING)
    private RevisionStatus status;
    /** The {@link cn.zfgs.content.model.Content} of this revision as JSON. */
    private String payload;
    /** 重大执法决定: needs a legal review opinion AGREE before it can be approved. */
    private boolean major;
    /** 更正说明: the public note explaining a correction; null for a first publication. */
    @Column(name = "change_note")
    private String changeNote;
    @Column(name = "scheduled_for")
    private Instant scheduledFor;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_by")
    private Long submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "approved_by")
    private Long approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "published_version")
    private Integer publishedVersion;
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Revision() {
    }

    /** A new draft; the first revision of an item, or a correction of its published version. */
    public Revision(Long itemId, int number, String payload, boolean major, String changeNote, Actor author,
            Instant now) {
        this.itemId = Objects.requireNonNull(itemId);
        this.number = number;
        this.status = RevisionStatus.DRAFT;
        this.payload = Objects.requireNonNull(payload);
        this.major = major;
        this.changeNote = changeNote;
        this.createdBy = author.id();
        this.createdAt = now;
    }

    /** The first draft of an item the system makes by itself (an annual report's in January): no staff author. */
    public static Revision systemDraft(Long itemId, String payload, Instant now) {
        Revision draft = new Revision();
        draft.itemId = Objects.requireNonNull(itemId);
        draft.number = 1;
        draft.status = RevisionStatus.DRAFT;
        draft.payload = Objects.requireNonNull(payload);
        draft.createdAt = now;
        return draft;
    }

    /** Whether the system may still replace this revision's content: its own draft, not (or no longer) submitted. */
    public boolean refreshableBySystem() {
        return createdBy == null && status == RevisionStatus.DRAFT;
    }

    /** Replaces a system draft's content (figures counted again); see {@link #refreshableBySystem()}. */
    public void refreshBySystem(String payload) {
        if (!refreshableBySystem()) {
            throw new WorkflowException("只有系统生成且尚未提交的草稿才能由系统更新");
        }
        this.payload = Objects.requireNonNull(payload);
    }

    public void edit(Actor actor, Long agencyId, String payload, boolean major, String changeNote) {
        require(actor, agencyId, StaffRole.EDITOR, RevisionStatus.DRAFT, "修改");
        this.payload = Objects.requireNonNull(payload);
        this.major = major;
        this.changeNote = changeNote;
    }

    public void submit(Actor actor, Long agencyId, Instant now) {
        require(actor, agencyId, StaffRole.EDITOR, RevisionStatus.DRAFT, "提交审核");
        status = RevisionStatus.SUBMITTED;
        submittedBy = actor.id();
        submittedAt = now;
        approvedBy = null;
        approvedAt = null;
        scheduledFor = null;
    }

    /** 审核: AGREE passes the revision on (to legal review when major), ISSUES returns it to the editor. */
    public ReviewOpinion review(Actor actor, Long agencyId, Verdict verdict, String reasons, Instant now) {
        require(actor, agencyId, StaffRole.REVIEWER, RevisionStatus.SUBMITTED, "审核");
        requireOtherThanSubmitter(actor, "审核");
        requireReasons(verdict, reasons);
        status = verdict == Verdict.AGREE
                ? (major ? RevisionStatus.LEGAL_REVIEW : RevisionStatus.REVIEWED)
                : RevisionStatus.DRAFT;
        return new ReviewOpinion(id, ReviewStage.REVIEW, verdict, reasons, null, actor.id(), now);
    }

    /** 法制审核 of a major decision: the ten-point checklist, and AGREE or ISSUES with written reasons. */
    public ReviewOpinion legalReview(Actor actor, Long agencyId, LegalReviewChecklist checklist, Verdict verdict,
            String reasons, Instant now) {
        require(actor, agencyId, StaffRole.LEGAL_REVIEWER, RevisionStatus.LEGAL_REVIEW, "法制审核");
        requireOtherThanSubmitter(actor, "法制审核");
        requireReasons(verdict, reasons);
        LegalReviewChecklist answered = checklist == null ? new LegalReviewChecklist(Map.of()) : checklist;
        if (verdict == Verdict.AGREE) {
            answered.requireAllSatisfied();
        }
        status = verdict == Verdict.AGREE ? RevisionStatus.REVIEWED : RevisionStatus.DRAFT;
        return new ReviewOpinion(id, ReviewStage.LEGAL_REVIEW, verdict, reasons, answered.toJson(), actor.id(), now);
    }

    /**
     * 批准 by the responsible head. {@code opinions} are this revision's opinions so far: a major revision needs a
     * legal review AGREE given after its last submission. Returns the approval opinion; the caller publishes
     * at once, or at {@code scheduledFor} when that lies in the future.
     */
    public ReviewOpinion approve(Actor actor, Long agencyId, List<ReviewOpinion> opinions, Instant scheduledFor,
            Instant now) {
        require(actor, agencyId, StaffRole.APPROVER, RevisionStatus.REVIEWED, "批准");
        requireOtherThanSubmitter(actor, "批准");
        if (major && opinions.stream().noneMatch(o -> o.stage() == ReviewStage.LEGAL_REVIEW
                && o.verdict() == Verdict.AGREE && !o.givenAt().isBefore(submittedAt))) {
            throw new WorkflowException("重大执法决定须经法制审核同意后方可批准");
        }
        approvedBy = actor.id();
        approvedAt = now;
        if (scheduledFor != null && scheduledFor.isAfter(now)) {
            status = RevisionStatus.SCHEDULED;
            // Whole seconds: the database keeps microseconds and would otherwise round the time past its moment.
            this.scheduledFor = scheduledFor.truncatedTo(ChronoUnit.SECONDS);
        } else {
            status = RevisionStatus.APPROVED;
        }
        return new ReviewOpinion(id, ReviewStage.APPROVAL, Verdict.AGREE, null, null, actor.id(), now);
    }

    /** 退回: the approver sends a reviewed revision back to the editor with reasons. */
    public ReviewOpinion reject(Actor actor, Long agencyId, String reasons, Instant now) {
        require(actor, agencyId, StaffRole.APPROVER, RevisionStatus.REVIEWED, "退回");
        requireOtherThanSubmitter(actor, "退回");
        requireReasons(Verdict.ISSUES, reasons);
        status = RevisionStatus.DRAFT;
        return new ReviewOpinion(id, ReviewStage.APPROVAL, Verdict.ISSUES, reasons, null, actor.id(), now);
    }

    /**
     * 取消定时发布: an approver stops a scheduled publication before its time, with written reasons. The approval is
     * undone and the revision waits for approval again (待批准), to be approved for another time, at once, or sent
     * back; its reviews, legal review and redactions stand.
     */
    public ReviewOpinion cancelSchedule(Actor actor, Long agencyId, String reasons, Instant now) {
        require(actor, agencyId, StaffRole.APPROVER, RevisionStatus.SCHEDULED, "取消定时发布");
        if (reasons == null || reasons.isBlank()) {
            throw new WorkflowException("取消定时发布时必须填写理由");
        }
        status = RevisionStatus.REVIEWED;
        approvedBy = null;
        approvedAt = null;
        scheduledFor = null;
        return new ReviewOpinion(id, ReviewStage.SCHEDULE_CANCEL, Verdict.ISSUES, reasons, null, actor.id(), now);
    }

    /** Whether this revision has been approved and waits only for its publication (now or when scheduled). */
    public boolean readyToPublish(Instant now) {
        return status == RevisionStatus.APPROVED
                || status == RevisionStatus.SCHEDULED && !scheduledFor.isAfter(now);
    }

    public void markPublished(int version, Instant now) {
        if (!readyToPublish(now)) {
            throw new WorkflowException(status == RevisionStatus.SCHEDULED ? "定时发布的修订未到发布时间"
                    : "修订当前状态为“" + status.label() + "”，未经批准不能发布");
        }
        status = RevisionStatus.PUBLISHED;
        publishedVersion = version;
    }

    public void markSuperseded() {
        status = RevisionStatus.SUPERSEDED;
    }

    public void markWithdrawn() {
        status = RevisionStatus.WITHDRAWN;
    }

    private void require(Actor actor, Long agencyId, StaffRole role, RevisionStatus expected, String action) {
        if (!actor.has(role)) {
            throw new WorkflowException("“" + action + "”需要" + role.label() + "角色");
        }
        if (!actor.actsFor(agencyId)) {
            throw new WorkflowException("只能处理本机关或授权的下级机关的内容（谁执法谁公示）");
        }
        if (status != expected) {
            throw new WorkflowException("修订当前状态为“" + status.label() + "”，不能" + action);
        }
    }

    private void requireOtherThanSubmitter(Actor actor, String action) {
        if (actor.id().equals(submittedBy)) {
            throw new WorkflowException("提交人不能" + action + "自己提交的修订（双人审核）");
        }
    }

    private static void requireReasons(Verdict verdict, String reasons) {
        if (verdict == Verdict.ISSUES && (reasons == null || reasons.isBlank())) {
            throw new WorkflowException("退回修改时必须填写书面理由");
        }
    }

    public Long id() {
        return id;
    }

    public Long itemId() {
        return itemId;
    }

    public int number() {
        return number;
    }

    public RevisionStatus status() {
        return status;
    }

    public String payload() {
        return payload;
    }

    public boolean major() {
        return major;
    }

    public String changeNote() {
        return changeNote;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Long submittedBy() {
        return submittedBy;
    }

    public Long approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Integer publishedVersion() {
        return publishedVersion;
    }
}
