package cn.zfgs.admin.revisions;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.LegalReviewChecklist;
import cn.zfgs.content.editorial.ReviewOpinion;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.ContentJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Builds what the revision screen shows: the text under review, its opinions, and what the viewer may do. */
@ApplicationScoped
public class RevisionPage {

    /** What the screen shows of one revision. Only staff in scope ever see it. */
    public record View(Long revisionId, Long itemId, int number, String kind, String title, String agencyName,
            String status, boolean major, String changeNote, Instant scheduledFor, Integer publishedVersion,
            boolean itemWithdrawn, String publicPath, List<ContentFields.Field> fields, List<OpinionLine> opinions,
            List<ChecklistPoint> checklist, Actions can) {
    }

    public record OpinionLine(String stage, String verdict, String reasons, String reviewer, Instant givenAt) {
    }

    public record ChecklistPoint(String name, String label) {
    }

    /** Which forms to offer; the domain decides again when one is submitted. */
    public record Actions(boolean submit, boolean review, boolean legalReview, boolean approve, boolean withdraw) {
    }

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
                .map(o -> new OpinionLine(o.stage().label(), o.verdict().label(), o.reasons(),
                        staffName(o.reviewerId()), o.givenAt()))
                .toList();
        RevisionStatus status = revision.status();
        Actions can = new Actions(
                status == RevisionStatus.DRAFT && viewer.has(StaffRole.EDITOR),
                status == RevisionStatus.SUBMITTED && viewer.has(StaffRole.REVIEWER),
                status == RevisionStatus.LEGAL_REVIEW && viewer.has(StaffRole.LEGAL_REVIEWER),
                status == RevisionStatus.REVIEWED && viewer.has(StaffRole.APPROVER),
                item.publishedVersion() != null && !item.withdrawn() && viewer.has(StaffRole.APPROVER));
        String publicPath = item.publishedVersion() == null || item.withdrawn() ? null
                : "/" + item.kind().pathSegment() + "/" + item.id();
        return new View(revision.id(), item.id(), revision.number(), item.kind().label(), item.title(),
                agency.name(), status.label(), revision.major(), revision.changeNote(), revision.scheduledFor(),
                item.publishedVersion(), item.withdrawn(), publicPath,
                ContentFields.of(ContentJson.readContent(item.kind(), revision.payload())), opinions,
                Arrays.stream(LegalReviewChecklist.Point.values())
                        .map(p -> new ChecklistPoint(p.name(), p.label())).toList(),
                can);
    }

    private String staffName(Long id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        return account == null ? "#" + id : account.displayName();
    }
}
