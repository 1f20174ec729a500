package cn.zfgs.content.workflow;

import cn.zfgs.content.calendar.DueDate;
import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.AgencyPolicy;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.DecisionTimeline;
import cn.zfgs.content.editorial.LegalReviewChecklist;
import cn.zfgs.content.editorial.ReviewOpinion;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionRedaction;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.editorial.Withdrawal;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.published.PublicationStamp;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.Publisher;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.redaction.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * 发布流程 — every staff action on content, each one transaction that checks the rules (in {@link Revision}),
 * changes the editorial model, writes the projection and publication log when something goes public,
 * and appends to the full-process record. Times are passed in so that imports and the demo can date actions.
 */
@ApplicationScoped
public class Workflow {

    /** Dates of publication and deadlines are counted in China's time zone, whatever the server's. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The name the full-process record gives to what the system does by itself. */
    public static final String SYSTEM = "系统（自动）";

    @Inject
    EntityManager em;
    @Inject
    Publisher publisher;
    @Inject
    RecordChain record;
    @Inject
    Deadlines deadlines;
    @Inject
    AgencyPolicies policies;
    @Inject
    RedactionReview redactions;

    private final LawCatalogue laws = LawCatalogue.shipped();

    @Transactional
    public Revision create(Actor actor, Long agencyId, Content content, Instant at) {
        requireRole(actor, StaffRole.EDITOR, "新建");
        requireScope(actor, agencyId);
        validate(content, at);
        ContentItem item = new ContentItem(content.kind(), agencyId, content.title(), at, actor.id());
        item.identify(content.naturalKey());
        em.persist(item);
        Revision revision = new Revision(item.id(), 1, ContentJson.write(content), isMajor(agencyId, content), null,
                actor, at);
        em.persist(revision);
        if (content instanceof DecisionContent d) {
            DueDate due = deadlines.current().publicationDue(d.decisionType(), d.decisionDate());
            em.persist(new DecisionTimeline(item.id(), d.decisionType(), d.decisionDate(), due.date(),
                    due.provisional()));
        }
        record.append(actor.recordName(), RecordAction.CREATE, subject(item, revision), revision.payload(), at);
        redactions.suggest(item, revision, content, actor.recordName(), at);
        return revision;
    }

    /** What {@link #systemDraft} did. */
    public enum SystemDraft { CREATED, REFRESHED, UNCHANGED }

    /**
     * A draft the system makes by itself (the January annual report): created when the agency has no item of this
     * kind with the same natural key (not withdrawn), its content replaced while it is still the system's unsubmitted
     * draft, left alone once staff have submitted, approved or published it. Staff then take it through the usual
     * submission, review and approval. The agency's row is locked, so instances running the job at once make one.
     */
    @Transactional
    public SystemDraft systemDraft(Long agencyId, Content content, Instant at) {
        em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE);
        ContentItem item = em.createQuery("FROM ContentItem WHERE kind = :k AND agencyId = :a AND naturalKey = :key "
                        + "AND withdrawn = false ORDER BY id DESC", ContentItem.class)
                .setParameter("k", content.kind()).setParameter("a", agencyId)
                .setParameter("key", content.naturalKey()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        String payload = ContentJson.write(content);
        if (item == null) {
            item = new ContentItem(content.kind(), agencyId, content.title(), at, null);
            item.identify(content.naturalKey());
            em.persist(item);
            Revision draft = Revision.systemDraft(item.id(), payload, at);
            em.persist(draft);
            record.append(SYSTEM, RecordAction.CREATE, subject(item, draft), payload, at);
            return SystemDraft.CREATED;
        }
        if (item.publishedVersion() != null) {
            return SystemDraft.UNCHANGED;
        }
        Revision latest = em.createQuery("FROM Revision WHERE itemId = :i ORDER BY number DESC", Revision.class)
                .setParameter("i", item.id()).setMaxResults(1).getSingleResult();
        if (!latest.refreshableBySystem() || latest.payload().equals(payload)) {
            return SystemDraft.UNCHANGED;
        }
        latest.refreshBySystem(payload);
        flushOrConflict();
        record.append(SYSTEM, RecordAction.EDIT, subject(item, latest), payload, at);
        return SystemDraft.REFRESHED;
    }

    @Transactional
    public void edit(Actor actor, Long revisionId, Content content, String changeNote, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        if (content.kind() != item.kind()) {
            throw new WorkflowException("内容类别不能更改");
        }
        validate(content, at);
        Content before = content(item, revision);
        revision.edit(actor, item.agencyId(), ContentJson.write(content), isMajor(item.agencyId(), content),
                changeNote);
        flushOrConflict();
        item.retitle(content.title());
        item.identify(content.naturalKey());
        if (content instanceof DecisionContent d && item.publishedVersion() == null) {
            DueDate due = deadlines.current().publicationDue(d.decisionType(), d.decisionDate());
            em.find(DecisionTimeline.class, item.id()).reschedule(d.decisionType(), d.decisionDate(), due.date(),
                    due.provisional());
        }
        record.append(actor.recordName(), RecordAction.EDIT, subject(item, revision), revision.payload(), at);
        redactions.edited(item, revision, before, content, actor.recordName(), at);
    }

    /** Adds a span confirmed by the actor (a reviewer, or the editor preparing it); see {@link RedactionReview}. */
    @Transactional
    public void redact(Actor actor, Long revisionId, RedactionSpan span, Instant at) {
        redactions.add(actor, revisionId, span, at);
    }

    @Transactional
    public void submit(Actor actor, Long revisionId, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        revision.submit(actor, item.agencyId(), at);
        flushOrConflict();
        record.append(actor.recordName(), RecordAction.SUBMIT, subject(item, revision), revision.payload(), at);
    }

    @Transactional
    public void review(Actor actor, Long revisionId, Verdict verdict, String reasons, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        ReviewOpinion opinion = revision.review(actor, item.agencyId(), verdict, reasons, at);
        flushOrConflict();
        em.persist(opinion);
        record.append(actor.recordName(), RecordAction.REVIEW, subject(item, revision),
                verdict + ":" + nullToEmpty(reasons), at);
    }

    @Transactional
    public void legalReview(Actor actor, Long revisionId, LegalReviewChecklist checklist, Verdict verdict,
            String reasons, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        ReviewOpinion opinion = revision.legalReview(actor, item.agencyId(), checklist, verdict, reasons, at);
        flushOrConflict();
        em.persist(opinion);
        record.append(actor.recordName(), RecordAction.LEGAL_REVIEW, subject(item, revision),
                verdict + ":" + opinion.checklist() + ":" + nullToEmpty(reasons), at);
    }

    /**
     * 批准. Publishes at once unless {@code scheduledFor} lies in the future. Two approvers racing on one revision:
     * the optimistic lock lets exactly one commit; the other gets a {@link ConcurrentChangeException}.
     */
    @Transactional
    public void approve(Actor actor, Long revisionId, Instant scheduledFor, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        List<ReviewOpinion> opinions = em.createQuery("FROM ReviewOpinion WHERE revisionId = :r", ReviewOpinion.class)
                .setParameter("r", revisionId)
                .getResultList();
        redactions.requireSettled(revision);
        ReviewOpinion approval = revision.approve(actor, item.agencyId(), opinions, scheduledFor, at);
        flushOrConflict();
        em.persist(approval);
        if (revision.status() == RevisionStatus.SCHEDULED) {
            record.append(actor.recordName(), RecordAction.SCHEDULE, subject(item, revision),
                    revision.scheduledFor().toString(), at);
        } else {
            record.append(actor.recordName(), RecordAction.APPROVE, subject(item, revision), revision.payload(), at);
            publish(actor, item, revision, at);
        }
    }

    /**
     * Publishes one scheduled revision whose time has come, in the name of the approver who scheduled it.
     * Returns false when the revision is not (or no longer) due, e.g. because another instance published it first.
     */
    @Transactional
    public boolean publishIfDue(Long revisionId, Instant now) {
        Revision revision = em.find(Revision.class, revisionId, LockModeType.PESSIMISTIC_WRITE);
        if (revision == null || revision.status() != RevisionStatus.SCHEDULED || !revision.readyToPublish(now)) {
            return false;
        }
        ContentItem item = item(revision);
        if (item.withdrawn()) {
            return false;
        }
        Actor approver = em.find(StaffAccount.class, revision.approvedBy()).asActor();
        publish(approver, item, revision, now);
        return true;
    }

    /** Scheduled revisions due at {@code now}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> scheduledDue(Instant now) {
        return em.createQuery("SELECT id FROM Revision WHERE status = :s AND scheduledFor <= :now "
                        + "ORDER BY scheduledFor, id", Long.class)
                .setParameter("s", RevisionStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * 取消定时发布. Racing the scheduler: whichever commits first wins; a publication that already happened cannot be
     * cancelled (the revision is no longer scheduled), and a cancelled one is no longer due.
     */
    @Transactional
    public void cancelSchedule(Actor actor, Long revisionId, String reasons, Instant at) {
        Revision revision = em.find(Revision.class, revisionId, LockModeType.PESSIMISTIC_WRITE);
        if (revision == null) {
            throw new WorkflowException("修订不存在：" + revisionId);
        }
        ContentItem item = item(revision);
        String was = revision.scheduledFor() == null ? "" : revision.scheduledFor().toString();
        ReviewOpinion cancellation = revision.cancelSchedule(actor, item.agencyId(), reasons, at);
        flushOrConflict();
        em.persist(cancellation);
        record.append(actor.recordName(), RecordAction.UNSCHEDULE, subject(item, revision), was + ":" + reasons, at);
    }

    @Transactional
    public void reject(Actor actor, Long revisionId, String reasons, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        ReviewOpinion rejection = revision.reject(actor, item.agencyId(), reasons, at);
        flushOrConflict();
        em.persist(rejection);
        record.append(actor.recordName(), RecordAction.REJECT, subject(item, revision), reasons, at);
    }

    /**
     * 更正: a new draft revision of a published item, carrying the public change note. It goes through the same
     * review as the first version and replaces it when approved.
     */
    @Transactional
    public Revision correct(Actor actor, Long itemId, Content content, String changeNote, Instant at) {
        ContentItem item = em.find(ContentItem.class, itemId);
        requireRole(actor, StaffRole.EDITOR, "更正");
        requireScope(actor, item.agencyId());
        if (item.publishedVersion() == null || item.withdrawn()) {
            throw new WorkflowException("只有已发布且未撤回的内容才能更正");
        }
        if (changeNote == null || changeNote.isBlank()) {
            throw new WorkflowException("更正说明：必须填写，将随更正后的版本公开");
        }
        if (content.kind() != item.kind()) {
            throw new WorkflowException("内容类别不能更改");
        }
        validate(content, at);
        int next = ((Number) em.createQuery("SELECT MAX(number) FROM Revision WHERE itemId = :i")
                .setParameter("i", itemId).getSingleResult()).intValue() + 1;
        Revision revision = new Revision(itemId, next, ContentJson.write(content), isMajor(item.agencyId(), content),
                changeNote, actor, at);
        em.persist(revision);
        record.append(actor.recordName(), RecordAction.CORRECT, subject(item, revision), revision.payload(), at);
        redactions.corrected(item, publishedRevision(itemId), revision, content, actor.recordName(), at);
        return revision;
    }

    /** 撤回 by the responsible head, with the reason and the document behind it. */
    @Transactional
    public Withdrawal withdraw(Actor actor, Long itemId, WithdrawalReason reason, String basisDocument, String note,
            LocalDate learnedOn, Instant at) {
        ContentItem item = em.find(ContentItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new WorkflowException("内容不存在：" + itemId);
        }
        requireRole(actor, StaffRole.APPROVER, "撤回");
        requireScope(actor, item.agencyId());
        if (item.publishedVersion() == null || item.withdrawn()) {
            throw new WorkflowException("只有已发布且未撤回的内容才能撤回");
        }
        if (reason == WithdrawalReason.PERIOD_EXPIRED) {
            throw new WorkflowException("撤回原因：公示期限届满由系统按本机关的公示规则自动撤下，不能手工选择");
        }
        if (basisDocument == null || basisDocument.isBlank()) {
            throw new WorkflowException("撤回依据：必须填写撤回所依据的文书");
        }
        if (learnedOn == null || learnedOn.isAfter(LocalDate.ofInstant(at, CHINA))) {
            throw new WorkflowException("知悉日期：必须填写，且不能晚于今天");
        }
        Withdrawal withdrawal = new Withdrawal(itemId, reason, basisDocument, note, learnedOn,
                deadlines.current().withdrawalDue(learnedOn).date(), actor.id(), at);
        takeDown(item, withdrawal, actor.recordName(), RecordAction.WITHDRAW, at);
        return withdrawal;
    }

    /**
     * Decisions whose publication period may have ended by {@code today}: published ones of agencies that configure
     * a period, first published at least the agency's shortest period ago. {@link #expireIfDue} decides each.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> expiryCandidates(LocalDate today) {
        List<Long> candidates = new ArrayList<>();
        for (AgencyPolicy policy : policies.withPublicationPeriods()) {
            int shortest = policy.publicationPeriods().shortestMonths().orElseThrow();
            candidates.addAll(em.createQuery("SELECT i.id FROM ContentItem i, DecisionTimeline t "
                            + "WHERE t.itemId = i.id AND i.agencyId = :agency AND i.withdrawn = false "
                            + "AND t.publishedOn <= :before ORDER BY t.publishedOn, i.id", Long.class)
                    .setParameter("agency", policy.agencyId())
                    .setParameter("before", today.minusMonths(shortest))
                    .getResultList());
        }
        return candidates;
    }

    /**
     * 公示期满撤下: takes the decision down through the withdrawal path, in the system's name, when its agency's
     * publication period has ended by {@code today}. Returns false when it has not (or it is already down).
     */
    @Transactional
    public boolean expireIfDue(Long itemId, LocalDate today, Instant at) {
        ContentItem item = em.find(ContentItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        DecisionTimeline timeline = em.find(DecisionTimeline.class, itemId);
        if (item == null || item.withdrawn() || item.publishedVersion() == null || timeline == null
                || timeline.publishedOn() == null) {
            return false;
        }
        Revision current = em.createQuery("FROM Revision WHERE itemId = :i AND status = :s", Revision.class)
                .setParameter("i", itemId)
                .setParameter("s", RevisionStatus.PUBLISHED)
                .getSingleResult();
        DecisionContent decision = (DecisionContent) content(item, current);
        LocalDate expiresOn = policies.publicationPeriods(item.agencyId()).expiresOn(decision, timeline.publishedOn())
                .orElse(null);
        if (expiresOn == null || expiresOn.isAfter(today)) {
            return false;
        }
        Withdrawal withdrawal = new Withdrawal(itemId, WithdrawalReason.PERIOD_EXPIRED,
                "公示期限届满（自 " + timeline.publishedOn() + " 公示起，至 " + expiresOn + " 期满）", null, expiresOn,
                expiresOn, null, at);
        takeDown(item, withdrawal, SYSTEM, RecordAction.EXPIRE, at);
        return true;
    }

    private void takeDown(ContentItem item, Withdrawal withdrawal, String recordName, RecordAction action,
            Instant at) {
        em.persist(withdrawal);
        publisher.withdraw(item.kind(), item.id(), item.publishedVersion(), item.agencyId(), withdrawal.reason(),
                withdrawal.basisDocument(), at);
        // Every revision goes down with the item, pending corrections included: none can bring it back.
        em.createQuery("FROM Revision WHERE itemId = :i AND status <> :s", Revision.class)
                .setParameter("i", item.id())
                .setParameter("s", RevisionStatus.WITHDRAWN)
                .getResultList()
                .forEach(Revision::markWithdrawn);
        item.withdraw();
        record.append(recordName, action, "item:" + item.id(),
                withdrawal.reason() + ":" + withdrawal.basisDocument(), at);
    }

    private void publish(Actor actor, ContentItem item, Revision revision, Instant at) {
        if (item.withdrawn()) {
            throw new WorkflowException("该内容已撤回，不能再发布");
        }
        int version = item.publishedVersion() == null ? 1 : item.publishedVersion() + 1;
        Agency agency = em.find(Agency.class, item.agencyId());
        Content projected = Redactor.project(content(item, revision), confirmedSpans(revision.id()));
        publisher.publish(new PublicationStamp(item.id(), version, at, revision.changeNote(), agency.id(),
                agency.name()), projected, new PublishedAgency.AgencyFacts(agency.code(), agency.level(),
                agency.regionCode(), agency.regionName(), agency.parentId()));
        if (item.publishedVersion() != null) {
            em.createQuery("FROM Revision WHERE itemId = :i AND status = :s", Revision.class)
                    .setParameter("i", item.id())
                    .setParameter("s", RevisionStatus.PUBLISHED)
                    .getResultList()
                    .forEach(Revision::markSuperseded);
        }
        revision.markPublished(version, at);
        item.published(version);
        DecisionTimeline timeline = em.find(DecisionTimeline.class, item.id());
        if (timeline != null) {
            LocalDate on = LocalDate.ofInstant(at, CHINA);
            timeline.published(on, deadlines.current().assessPublication(timeline.decisionType(),
                    timeline.decisionDate(), on).workdaysUsed());
        }
        record.append(actor.recordName(), RecordAction.PUBLISH, subject(item, revision), ContentJson.write(projected),
                at);
    }

    private void validate(Content content, Instant at) {
        ContentValidator.require(content, laws, LocalDate.ofInstant(at, CHINA));
    }

    private boolean isMajor(Long agencyId, Content content) {
        return content instanceof DecisionContent d && policies.majorPolicy(agencyId).isMajor(d);
    }

    private List<RedactionSpan> confirmedSpans(Long revisionId) {
        return em.createQuery("FROM RevisionRedaction WHERE revisionId = :r AND status = :s", RevisionRedaction.class)
                .setParameter("r", revisionId)
                .setParameter("s", RevisionRedaction.Status.CONFIRMED)
                .getResultStream()
                .map(RevisionRedaction::span)
                .toList();
    }

    private Revision publishedRevision(Long itemId) {
        return em.createQuery("FROM Revision WHERE itemId = :i AND status = :s", Revision.class)
                .setParameter("i", itemId)
                .setParameter("s", RevisionStatus.PUBLISHED)
                .getResultStream().findFirst().orElse(null);
    }

    private Revision revision(Long id) {
        Revision revision = em.find(Revision.class, id);
        if (revision == null) {
            throw new WorkflowException("修订不存在：" + id);
        }
        return revision;
    }

    private ContentItem item(Revision revision) {
        return em.find(ContentItem.class, revision.itemId());
    }

    private static Content content(ContentItem item, Revision revision) {
        return ContentJson.readContent(item.kind(), revision.payload());
    }

    private static String subject(ContentItem item, Revision revision) {
        return item.kind() + ":" + item.id() + ":r" + revision.number();
    }

    /**
     * Writes the revision's changes now, so that a concurrent change by someone else surfaces here, as a message,
     * rather than as a failed commit after the action seemed to succeed.
     */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw new ConcurrentChangeException();
        }
    }

    private static void requireRole(Actor actor, StaffRole role, String action) {
        if (!actor.has(role)) {
            throw new WorkflowException("“" + action + "”需要" + role.label() + "角色");
        }
    }

    private static void requireScope(Actor actor, Long agencyId) {
        if (!actor.actsFor(agencyId)) {
            throw new WorkflowException("只能处理本机关或授权的下级机关的内容（谁执法谁公示）");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
