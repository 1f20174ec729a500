package cn.zfgs.admin.revisions;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.LegalReviewChecklist;
import cn.zfgs.content.editorial.ReviewOpinion;
import cn.zfgs.content.editorial.ReviewStage;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** Builds what the revision screen shows: the text under review, its opinions, and what the viewer may do. */
@ApplicationScoped
public class RevisionPage {

    /** What the screen shows of one revision. Only staff in scope ever see it. */
    public record View(Long revisionId, Long itemId, int number, String kind, String title, String agencyName,
            String status, boolean major, String changeNote, String scheduledFor, Integer publishedVersion,
            boolean itemWithdrawn, String publicPath, List<ContentFields.Field> fields, List<OpinionLine> opinions,
            List<ChecklistPoint> checklist, Actions can, String editPath, String correctPath,
            Comparison comparison, List<RedactableField> redactable) {
    }

    /** The revision against the version the public sees now, field by field; only for a later revision. */
    public record Comparison(int publishedVersion, List<FieldDiff> changed, List<String> unchanged) {
    }

    /** One changed field, both sides as runs of kept and changed text. */
    public record FieldDiff(String label, List<TextDiff.Segment> before, List<TextDiff.Segment> after) {
    }

    /** A field the redaction editor works on: its name (the spans' {@code field}), label and editorial text. */
    public record RedactableField(String name, String label, String text) {
    }

    public record OpinionLine(String stage, String verdict, String reasons, String reviewer, Instant givenAt) {
    }

    public record ChecklistPoint(String name, String label) {
    }

    /** Which forms to offer; the domain decides again when one is submitted. */
    public record Actions(boolean submit, boolean review, boolean legalReview, boolean approve, boolean withdraw,
            boolean redact, boolean unschedule) {
    }

    /** While a revision's spans may still change (the domain's rule; it decides again on every change). */
    private static final Set<RevisionStatus> REDACTION_OPEN = EnumSet.of(RevisionStatus.DRAFT,
            RevisionStatus.SUBMITTED, RevisionStatus.LEGAL_REVIEW, RevisionStatus.REVIEWED);

    /** Times as staff read them, in China's time zone whatever the server's. */
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm（北京时间）")
            .withZone(Workflow.CHINA);

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public View build(Long revisionId, Actor viewer) {
        Revision revision = revisionId == null ? null : em.find(Revision.class, revisionId);
        ContentItem item = revision == null ? null : em.find(ContentItem.class, revision.itemId());
        if (item == null || !viewer.actsFor(item.agencyId())) {
            throw new NotFoundException();
        }
        Agency agency = em.find(Agency.class, item.agencyId());
        List<OpinionLine> opinions = em.createQuery("FROM ReviewOpinion WHERE revisionId = :r ORDER BY givenAt, id",
                        ReviewOpinion.class)
                .setParameter("r", revisionId)
                .getResultList().stream()
                .map(o -> new OpinionLine(o.stage().label(), o.stage() == ReviewStage.SCHEDULE_CANCEL
                        ? "撤销批准，回到待批准" : o.verdict().label(), o.reasons(),
                        staffName(o.reviewerId()), o.givenAt()))
                .toList();
        RevisionStatus status = revision.status();
        Actions can = new Actions(
                status == RevisionStatus.DRAFT && viewer.has(StaffRole.EDITOR),
                status == RevisionStatus.SUBMITTED && viewer.has(StaffRole.REVIEWER),
                status == RevisionStatus.LEGAL_REVIEW && viewer.has(StaffRole.LEGAL_REVIEWER),
                status == RevisionStatus.REVIEWED && viewer.has(StaffRole.APPROVER),
                item.publishedVersion() != null && !item.withdrawn() && viewer.has(StaffRole.APPROVER),
                REDACTION_OPEN.contains(status) && !viewer.roles().stream().allMatch(StaffRole.ADMINISTRATOR::equals),
                status == RevisionStatus.SCHEDULED && viewer.has(StaffRole.APPROVER));
        // An annual report is counted by the system, not typed in: no form to edit or correct it, and its public page
        // is named by agency and year.
        boolean report = item.kind() == ContentKind.ANNUAL_REPORT;
        String publicPath = item.publishedVersion() == null || item.withdrawn() ? null
                : report ? "/annual-reports" : "/" + item.kind().pathSegment() + "/" + item.id();
        boolean editor = viewer.has(StaffRole.EDITOR);
        String editPath = !can.submit() || report ? null : item.kind() == ContentKind.DECISION
                ? "/admin/decisions/edit/" + revision.id() : "/admin/content/edit/" + revision.id();
        String correctPath = !editor || item.publishedVersion() == null || item.withdrawn() || report ? null
                : item.kind() == ContentKind.DECISION ? "/admin/items/" + item.id() + "/correct"
                : "/admin/content/correct/" + item.id();
        Content content = ContentJson.readContent(item.kind(), revision.payload());
        List<RedactableField> redactable = content.redactableFields().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new RedactableField(e.getKey(), ContentFields.label(e.getKey()), e.getValue()))
                .toList();
        return new View(revision.id(), item.id(), revision.number(), item.kind().label(), item.title(),
                agency.name(), status.label(), revision.major(), revision.changeNote(),
                revision.scheduledFor() == null ? null : MINUTE.format(revision.scheduledFor()),
                item.publishedVersion(), item.withdrawn(), publicPath, ContentFields.of(content), opinions,
                Arrays.stream(LegalReviewChecklist.Point.values())
                        .map(p -> new ChecklistPoint(p.name(), p.label())).toList(),
                can, editPath, correctPath, comparison(item, revision, content), redactable);
    }

    /** Null when there is nothing to compare: no published version yet, or this revision is the published one. */
    private Comparison comparison(ContentItem item, Revision revision, Content content) {
        if (item.publishedVersion() == null || revision.status() == RevisionStatus.PUBLISHED) {
            return null;
        }
        Revision published = em.createQuery("FROM Revision WHERE itemId = :i AND status = :s", Revision.class)
                .setParameter("i", item.id()).setParameter("s", RevisionStatus.PUBLISHED)
                .getResultStream().findFirst().orElse(null);
        if (published == null) {
            return null;
        }
        List<ContentFields.Field> before = ContentFields.of(ContentJson.readContent(item.kind(), published.payload()));
        List<ContentFields.Field> after = ContentFields.of(content);
        List<FieldDiff> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            ContentFields.Field a = before.get(i);
            ContentFields.Field b = after.get(i);
            if (a.value().equals(b.value())) {
                unchanged.add(b.label());
            } else {
                TextDiff.Sides sides = TextDiff.of(a.value(), b.value());
                changed.add(new FieldDiff(b.label(), sides.before(), sides.after()));
            }
        }
        return new Comparison(published.publishedVersion(), changed, unchanged);
    }

    private String staffName(Long id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        return account == null ? "#" + id : account.displayName();
    }
}
