package cn.zfgs.content.workflow;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 待办 — what waits for a staff member: drafts to finish (editors), revisions to review, to review legally and to
 * approve, and scheduled publications — in their own agency and the agencies granted to them, oldest deadline first.
 */
@ApplicationScoped
public class Inbox {

    /** The status each role acts on. */
    static final Map<StaffRole, RevisionStatus> WAITING_FOR = new EnumMap<>(Map.of(
            StaffRole.EDITOR, RevisionStatus.DRAFT,
            StaffRole.REVIEWER, RevisionStatus.SUBMITTED,
            StaffRole.LEGAL_REVIEWER, RevisionStatus.LEGAL_REVIEW,
            StaffRole.APPROVER, RevisionStatus.REVIEWED));

    /** One revision waiting; {@code dueOn} is the decision's publication deadline, null for other kinds. */
    public record Entry(Long revisionId, Long itemId, ContentKind kind, String title, RevisionStatus status,
            boolean major, String agencyName, Instant submittedAt, LocalDate dueOn, boolean dueProvisional,
            boolean correction) {

        public boolean overdueOn(LocalDate today) {
            return dueOn != null && dueOn.isBefore(today);
        }
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> waitingFor(Actor actor, int limit) {
        Set<RevisionStatus> statuses = new HashSet<>();
        actor.roles().forEach(role -> {
            if (WAITING_FOR.containsKey(role)) {
                statuses.add(WAITING_FOR.get(role));
            }
        });
        if (actor.has(StaffRole.APPROVER)) {
            statuses.add(RevisionStatus.SCHEDULED);
        }
        if (statuses.isEmpty()) {
            return List.of();
        }
        Set<Long> agencies = new HashSet<>(actor.grantedAgencyIds());
        agencies.add(actor.agencyId());
        List<Object[]> rows = em.createQuery("SELECT r.id, i.id, i.kind, i.title, r.status, r.major, a.name, "
                        + "r.submittedAt, t.dueOn, t.dueProvisional, r.changeNote "
                        + "FROM Revision r JOIN ContentItem i ON i.id = r.itemId JOIN Agency a ON a.id = i.agencyId "
                        + "LEFT JOIN DecisionTimeline t ON t.itemId = i.id AND t.publishedOn IS NULL "
                        + "WHERE r.status IN :statuses AND i.agencyId IN :agencies AND i.withdrawn = false "
                        + "ORDER BY t.dueOn NULLS LAST, r.submittedAt NULLS LAST, r.id", Object[].class)
                .setParameter("statuses", statuses)
                .setParameter("agencies", agencies)
                .setMaxResults(limit)
                .getResultList();
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new Entry((Long) row[0], (Long) row[1], (ContentKind) row[2], (String) row[3],
                    (RevisionStatus) row[4], (Boolean) row[5], (String) row[6], (Instant) row[7], (LocalDate) row[8],
                    Boolean.TRUE.equals(row[9]), row[10] != null));
        }
        return entries;
    }
}
