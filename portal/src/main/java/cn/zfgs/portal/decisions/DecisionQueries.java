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
