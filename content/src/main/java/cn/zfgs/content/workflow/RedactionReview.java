package cn.zfgs.content.workflow;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionRedaction;
import cn.zfgs.content.editorial.RevisionRedaction.Origin;
import cn.zfgs.content.editorial.RevisionRedaction.Status;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import cn.zfgs.content.redaction.Reanchoring;
import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.redaction.detect.Finding;
import cn.zfgs.content.redaction.detect.RedactionSuggester;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 屏蔽确认 — the confirm step of redaction. The detectors suggest spans when a revision is created, edited or
 * corrected; a reviewer accepts each suggestion (keeping or choosing the replacement) or rejects it, and adds spans by
 * hand; an edit carries the spans along with their text and flags those whose text changed. A revision with any
 * suggestion or flagged span waiting cannot be approved. Every decision is a full-process record entry.
 *
 * <p>The staff screens (admin issue) call the public methods; {@link Workflow} calls the package-private hooks.
 */
@ApplicationScoped
public class RedactionReview {

    /** 屏蔽区段（工作人员视图） — one span as staff see it, with the text it hides. */
    public record SpanView(Long id, RedactionSpan span, Status status, Origin origin, String covered) {
    }

    private static final Set<StaffRole> MAY_REDACT = EnumSet.of(StaffRole.EDITOR, StaffRole.REVIEWER,
            StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER);
    private static final Set<RevisionStatus> OPEN = EnumSet.of(RevisionStatus.DRAFT, RevisionStatus.SUBMITTED,
            RevisionStatus.LEGAL_REVIEW, RevisionStatus.REVIEWED);
    private static final int MAX_REPLACEMENT = 100;

    @Inject
    EntityManager em;
    @Inject
    RecordChain record;

    /** The revision's spans, by field and position, with the text each hides (read in a transaction: never stale). */
    @Transactional
    public List<SpanView> spans(Actor actor, Long revisionId) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        requireStaff(actor, item);
        Map<String, String> fields = content(item, revision).redactableFields();
        return stored(revisionId).stream()
                .map(r -> new SpanView(r.id(), r.span(), r.status(), r.origin(), covered(fields, r.span())))
                .toList();
    }

    /** 确认: the suggestion becomes part of the projection, with {@code replacement} when given (else its own). */
    @Transactional
    public void accept(Actor actor, Long spanId, String replacement, Instant at) {
        RevisionRedaction stored = span(spanId);
        Revision revision = revision(stored.revisionId());
        ContentItem item = item(revision);
        requireOpen(actor, item, revision);
        if (stored.status() == Status.CONFIRMED && replacement == null) {
            return;
        }
        Content content = content(item, revision);
        String chosen = replacement == null ? stored.span().replacement() : replacement;
        requireReplacement(content, stored.span(), chosen);
        stored.accept(chosen);
        record.append(actor.recordName(), RecordAction.REDACTION_ACCEPT, subject(item, revision),
                describe(stored.span()), at);
    }

    /** 驳回: the text stays as it is; the span is kept as rejected so the detectors do not suggest it again. */
    @Transactional
    public void reject(Actor actor, Long spanId, Instant at) {
        RevisionRedaction stored = span(spanId);
        Revision revision = revision(stored.revisionId());
        ContentItem item = item(revision);
        requireOpen(actor, item, revision);
        stored.reject();
        record.append(actor.recordName(), RecordAction.REDACTION_REJECT, subject(item, revision),
                describe(stored.span()), at);
    }

    /**
     * 手工屏蔽: a span the actor adds, confirmed at once. It may take the place of suggestions it wholly covers and
     * of rejected spans it touches; any other overlap is refused.
     */
    @Transactional
    public SpanView add(Actor actor, Long revisionId, RedactionSpan span, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        requireOpen(actor, item, revision);
        Content content = content(item, revision);
        String text = content.redactableFields().get(span.field());
        if (text == null) {
            throw fieldError("field", "屏蔽字段：“" + span.field() + "”不存在或不能屏蔽");
        }
        if (span.end() > text.length()) {
            throw fieldError("length", "屏蔽范围：超出字段文本长度（" + span.end() + " > " + text.length() + "）");
        }
        List<RevisionRedaction> replaced = new ArrayList<>();
        for (RevisionRedaction other : stored(revisionId)) {
            RedactionSpan o = other.span();
            if (!o.overlaps(span)) {
                continue;
            }
            boolean covered = span.start() <= o.start() && o.end() <= span.end();
            if (other.status() == Status.REJECTED || other.status() == Status.SUGGESTED && covered) {
                replaced.add(other);
            } else {
                throw fieldError("start", "屏蔽范围：与已有的屏蔽区段（起点 " + o.start() + "，长度 " + o.length() + "，"
                        + other.status().label() + "）重叠");
            }
        }
        requireReplacement(content, span, span.replacement());
        replaced.forEach(em::remove);
        RevisionRedaction added = new RevisionRedaction(revisionId, span, Status.CONFIRMED, Origin.MANUAL);
        em.persist(added);
        record.append(actor.recordName(), RecordAction.REDACT, subject(item, revision), describe(span), at);
        return new SpanView(added.id(), span, Status.CONFIRMED, Origin.MANUAL,
                covered(content.redactableFields(), span));
    }

    /**
     * 按原文屏蔽 (the screens without JavaScript): every occurrence of {@code exact} in the field becomes a confirmed
     * span, all or none. Refused when the text does not occur, or an occurrence overlaps a span already decided.
     */
    @Transactional
    public List<SpanView> addByText(Actor actor, Long revisionId, String field, String exact,
            RedactionCategory category, String replacement, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        requireOpen(actor, item, revision);
        String text = content(item, revision).redactableFields().get(field);
        if (text == null) {
            throw fieldError("field", "屏蔽字段：“" + field + "”不存在或不能屏蔽");
        }
        if (exact == null || exact.isEmpty()) {
            throw fieldError("text", "屏蔽文字：必须填写要屏蔽的原文");
        }
        List<SpanView> added = new ArrayList<>();
        for (int from = text.indexOf(exact); from >= 0; from = text.indexOf(exact, from + exact.length())) {
            added.add(add(actor, revisionId, new RedactionSpan(field, from, exact.length(), category, replacement), at));
        }
        if (added.isEmpty()) {
            throw fieldError("text", "屏蔽文字：该字段中找不到“" + exact + "”（须与原文完全一致，包括标点和空格）");
        }
        return added;
    }

    /** 重新检测: runs the detectors again and stores what they find that no span covers yet. */
    @Transactional
    public List<SpanView> detect(Actor actor, Long revisionId, Instant at) {
        Revision revision = revision(revisionId);
        ContentItem item = item(revision);
        requireOpen(actor, item, revision);
        suggest(item, revision, content(item, revision), actor.recordName(), at);
        return spans(actor, revisionId);
    }

    // --- hooks of the workflow --------------------------------------------------------------------------------

    /** After create: the detectors' suggestions for a new revision. */
    void suggest(ContentItem item, Revision revision, Content content, String actorName, Instant at) {
        List<RedactionSpan> kept = stored(revision.id()).stream().map(RevisionRedaction::span).toList();
        List<RedactionSpan> added = new ArrayList<>();
        for (RedactionSpan suggestion : RedactionSuggester.suggest(content)) {
            if (kept.stream().noneMatch(suggestion::overlaps)) {
                em.persist(new RevisionRedaction(revision.id(), suggestion, Status.SUGGESTED, Origin.DETECTOR));
                added.add(suggestion);
            }
        }
        if (!added.isEmpty()) {
            record.append(actorName, RecordAction.REDACTION_SUGGEST, subject(item, revision),
                    added.stream().map(RedactionReview::describe).collect(Collectors.joining(";")), at);
        }
    }

    /**
     * After an edit of {@code revision} from {@code before} to {@code after}: spans move with their text, those whose
     * text changed are flagged (a suggestion or rejection whose text changed is dropped: the detectors decide anew),
     * those whose text is gone are dropped; then the detectors suggest what the new text adds.
     */
    void edited(ContentItem item, Revision revision, Content before, Content after, String actorName, Instant at) {
        List<RevisionRedaction> spans = stored(revision.id());
        List<Reanchoring.Result> results = Reanchoring.reanchor(before, after,
                spans.stream().map(RevisionRedaction::span).toList());
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            RevisionRedaction stored = spans.get(i);
            Reanchoring.Result result = results.get(i);
            Status now = statusAfter(stored.status(), result.outcome());
            if (now == null) {
                em.remove(stored);
                changes.add("removed " + describe(stored.span()));
            } else if (!result.after().equals(stored.span()) || now != stored.status()) {
                changes.add(describe(stored.span()) + "→" + describe(result.after()) + ":" + now);
                stored.reanchor(result.after(), now);
            }
        }
        em.flush();
        if (!changes.isEmpty()) {
            record.append(actorName, RecordAction.REDACTION_REANCHOR, subject(item, revision),
                    String.join(";", changes), at);
        }
        suggest(item, revision, after, actorName, at);
    }

    /**
     * After a correction: the published revision's decisions carried over to the new revision (confirmed spans stay
     * confirmed where their text is unchanged and are flagged where it changed), then the detectors' suggestions.
     * Without this a correction would publish its text unredacted.
     */
    void corrected(ContentItem item, Revision published, Revision correction, Content after, String actorName,
            Instant at) {
        if (published != null) {
            List<RevisionRedaction> spans = stored(published.id()).stream()
                    .filter(r -> !r.status().pending()).toList();
            Content before = content(item, published);
            List<Reanchoring.Result> results = Reanchoring.reanchor(before, after,
                    spans.stream().map(RevisionRedaction::span).toList());
            for (int i = 0; i < spans.size(); i++) {
                Status now = statusAfter(spans.get(i).status(), results.get(i).outcome());
                if (now != null) {
                    em.persist(spans.get(i).copyTo(correction.id(), results.get(i).after(), now));
                }
            }
            em.flush();
        }
        suggest(item, correction, after, actorName, at);
    }

    /** 批准前: no suggestion and no flagged span may be waiting. */
    void requireSettled(Revision revision) {
        Map<Status, Long> waiting = stored(revision.id()).stream().filter(r -> r.status().pending())
                .collect(Collectors.groupingBy(RevisionRedaction::status, Collectors.counting()));
        long total = waiting.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            long changed = waiting.getOrDefault(Status.NEEDS_REVIEW, 0L);
            throw new WorkflowException("还有 " + total + " 处屏蔽建议待确认" + (changed > 0 ? "（其中 " + changed
                    + " 处因文字修改需重新确认）" : "") + "，请逐一确认或驳回后再批准");
        }
    }

    /** What an edit makes of a span in a given status; null: drop it. */
    private static Status statusAfter(Status status, Reanchoring.Outcome outcome) {
        return switch (outcome) {
            case REMOVED -> null;
            case MOVED -> status;
            case CHANGED -> status == Status.CONFIRMED || status == Status.NEEDS_REVIEW ? Status.NEEDS_REVIEW : null;
        };
    }

    // --- rules ------------------------------------------------------------------------------------------------

    /**
     * The replacement is what the public reads: at most {@value #MAX_REPLACEMENT} characters, not the hidden text
     * itself, and nothing the detectors would take for personal data.
     */
    private static void requireReplacement(Content content, RedactionSpan span, String replacement) {
        if (replacement.length() > MAX_REPLACEMENT) {
            throw fieldError("replacement", "替换文字：不能超过 " + MAX_REPLACEMENT + " 个字");
        }
        String hidden = covered(content.redactableFields(), span);
        if (hidden.length() >= 2 && replacement.contains(hidden)) {
            throw fieldError("replacement", "替换文字：不能包含被屏蔽的原文“" + hidden + "”");
        }
        List<Finding> found = RedactionSuggester.detectorsFor(content).scan(replacement);
        if (!found.isEmpty()) {
            throw fieldError("replacement", "替换文字：不能包含个人信息（检出"
                    + found.stream().map(f -> f.category().label()).distinct().collect(Collectors.joining("、"))
                    + "）");
        }
    }

    private static InvalidContentException fieldError(String field, String message) {
        return new InvalidContentException(List.of(new FieldError(field, message)));
    }

    private void requireStaff(Actor actor, ContentItem item) {
        if (MAY_REDACT.stream().noneMatch(actor::has)) {
            throw new WorkflowException("“屏蔽”需要承办人、审核人、法制审核人员或负责人角色");
        }
        if (!actor.actsFor(item.agencyId())) {
            throw new WorkflowException("只能处理本机关或授权的下级机关的内容（谁执法谁公示）");
        }
    }

    /**
     * The actor may change this revision's spans now. The revision's row is locked and its version raised, so an
     * approval running at the same moment either sees these spans or fails with a conflict: spans never change under
     * an approval.
     */
    private void requireOpen(Actor actor, ContentItem item, Revision revision) {
        requireStaff(actor, item);
        if (!OPEN.contains(revision.status())) {
            throw new WorkflowException("修订当前状态为“" + revision.status().label() + "”，不能再修改屏蔽");
        }
        try {
            em.lock(revision, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException stale) {
            throw new ConcurrentChangeException();
        }
    }

    // --- storage ----------------------------------------------------------------------------------------------

    private List<RevisionRedaction> stored(Long revisionId) {
        List<RevisionRedaction> spans = new ArrayList<>(em.createQuery(
                        "FROM RevisionRedaction WHERE revisionId = :r", RevisionRedaction.class)
                .setParameter("r", revisionId)
                .getResultList());
        spans.sort(Comparator.comparing((RevisionRedaction r) -> r.span().field())
                .thenComparingInt(r -> r.span().start()));
        return spans;
    }

    private RevisionRedaction span(Long id) {
        RevisionRedaction span = id == null ? null : em.find(RevisionRedaction.class, id);
        if (span == null) {
            throw new WorkflowException("屏蔽区段不存在：" + id);
        }
        return span;
    }

    private Revision revision(Long id) {
        Revision revision = id == null ? null : em.find(Revision.class, id);
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

    private static String covered(Map<String, String> fields, RedactionSpan span) {
        String text = fields.getOrDefault(span.field(), "");
        return span.end() <= text.length() ? text.substring(span.start(), span.end()) : "";
    }

    private static String subject(ContentItem item, Revision revision) {
        return item.kind() + ":" + item.id() + ":r" + revision.number();
    }

    /** Where a span lies and what it is, without the hidden text (the record is no place for it either). */
    private static String describe(RedactionSpan span) {
        return span.field() + ":" + span.start() + "+" + span.length() + ":" + span.category();
    }
}
