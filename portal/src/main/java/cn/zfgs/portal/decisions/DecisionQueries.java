package cn.zfgs.portal.decisions;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.content.published.Tombstone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads decisions from the published tables; nothing here can see a draft or an unredacted text. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionQueries {

    @Inject
    EntityManager em;

    public List<PublishedDecision> latest(int limit) {
        return em.createQuery("FROM PublishedDecision WHERE currentVersion = true "
                        + "ORDER BY decisionDate DESC, itemId DESC", PublishedDecision.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Current decisions made in the given year, by type; every type is present, with 0 when none. */
    public Map<DecisionType, Long> countByType(int year) {
        Map<DecisionType, Long> counts = new EnumMap<>(DecisionType.class);
        for (DecisionType t : DecisionType.values()) {
            counts.put(t, 0L);
        }
        em.createQuery("SELECT decisionType, COUNT(*) FROM PublishedDecision WHERE currentVersion = true "
                        + "AND decisionDate >= :from AND decisionDate < :to GROUP BY decisionType", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList()
                .forEach(row -> counts.put((DecisionType) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * One page of current decisions, newest decision first and then by id, so the order is total and a page shows
     * the same rows until something is published; filters are optional (null).
     */
    public List<PublishedDecision> page(DecisionType type, Long agencyId, Integer year, int offset, int limit) {
        var query = em.createQuery("FROM PublishedDecision WHERE " + where(type, agencyId, year)
                + " ORDER BY decisionDate DESC, itemId DESC", PublishedDecision.class);
        bind(query, type, agencyId, year);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(DecisionType type, Long agencyId, Integer year) {
        var query = em.createQuery("SELECT COUNT(*) FROM PublishedDecision WHERE " + where(type, agencyId, year),
                Long.class);
        bind(query, type, agencyId, year);
        return query.getSingleResult();
    }

    /** The years that have current decisions, newest first, for the year filter. */
    public List<Integer> years() {
        return em.createQuery("SELECT DISTINCT YEAR(decisionDate) FROM PublishedDecision WHERE currentVersion = true "
                + "ORDER BY 1 DESC", Integer.class).getResultList();
    }

    /** The most recently published current decisions, of one agency when {@code agencyId} is given: the feeds. */
    public List<PublishedDecision> recentlyPublished(Long agencyId, int limit) {
        var query = em.createQuery("FROM PublishedDecision WHERE currentVersion = true"
                + (agencyId == null ? "" : " AND agencyId = :agency") + " ORDER BY publishedAt DESC, itemId DESC",
                PublishedDecision.class);
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    private static String where(DecisionType type, Long agencyId, Integer year) {
        return "currentVersion = true" + (type == null ? "" : " AND decisionType = :type")
                + (agencyId == null ? "" : " AND agencyId = :agency")
                + (year == null ? "" : " AND decisionDate >= :from AND decisionDate < :to");
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, DecisionType type, Long agencyId, Integer year) {
        if (type != null) {
            query.setParameter("type", type);
        }
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
        if (year != null) {
            query.setParameter("from", LocalDate.of(year, 1, 1));
            query.setParameter("to", LocalDate.of(year + 1, 1, 1));
        }
    }

    public Optional<PublishedDecision> version(Long itemId, Integer version) {
        String where = version == null ? "currentVersion = true" : "version = :version";
        var query = em.createQuery("FROM PublishedDecision WHERE itemId = :item AND " + where,
                PublishedDecision.class).setParameter("item", itemId);
        if (version != null) {
            query.setParameter("version", version);
        }
        return query.getResultStream().findFirst();
    }

    public List<PublishedDecision> versions(Long itemId) {
        return em.createQuery("FROM PublishedDecision WHERE itemId = :item ORDER BY version", PublishedDecision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    public Optional<Tombstone> tombstone(Long itemId) {
        return Optional.ofNullable(em.find(Tombstone.class, itemId));
    }
}
