package cn.zfgs.portal.agencies;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedVersion;
import cn.zfgs.portal.errors.PublicErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 执法主体目录 — the published agencies. Publicly an agency is known by the id of its page, {@code /agencies/{id}};
 * the other published tables refer to the agency record's own id, so list filters ({@code ?agency=}) translate here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgencyDirectory {

    @Inject
    EntityManager em;

    /** Every published agency, by level and region. */
    public List<PublishedAgency> all() {
        return em.createQuery("FROM PublishedAgency WHERE currentVersion = true ORDER BY level, regionCode, code",
                PublishedAgency.class).getResultList();
    }

    /** The agency whose records carry {@code agencyId}, if it is public. */
    public Optional<PublishedAgency> byAgencyId(Long agencyId) {
        return em.createQuery("FROM PublishedAgency WHERE currentVersion = true AND agencyId = :id",
                PublishedAgency.class).setParameter("id", agencyId).getResultStream().findFirst();
    }

    /**
     * The publication-log sequence of the last change (publication, correction, withdrawal, expiry) to the agency's
     * published items of the given kinds, 0 when there was none: the version of a document made from several items,
     * such as the agency's officer roster. Withdrawn items count through their tombstones.
     */
    public long lastChange(Long agencyId, Map<ContentKind, Class<? extends PublishedVersion>> kinds) {
        long last = 0;
        for (Map.Entry<ContentKind, Class<? extends PublishedVersion>> kind : kinds.entrySet()) {
            Long seq = em.createQuery("SELECT MAX(e.seq) FROM PublicationEvent e WHERE e.kind = :k AND ("
                            + "e.itemId IN (SELECT p.itemId FROM " + kind.getValue().getSimpleName()
                            + " p WHERE p.agencyId = :a) OR e.itemId IN (SELECT t.itemId FROM Tombstone t "
                            + "WHERE t.kind = :k AND t.agencyId = :a))", Long.class)
                    .setParameter("k", kind.getKey()).setParameter("a", agencyId).getSingleResult();
            last = Math.max(last, seq == null ? 0 : seq);
        }
        return last;
    }

    /**
     * The agency a list filter names by its page id, or a 400 naming the parameter when the value is malformed or
     * names no published agency. Null when the filter was not given.
     */
    public PublishedAgency filter(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Long pageId = PublicErrors.requireId(raw, "执法主体（agency）");
        return em.createQuery("FROM PublishedAgency WHERE currentVersion = true AND itemId = :id",
                        PublishedAgency.class).setParameter("id", pageId).getResultStream().findFirst()
                .orElseThrow(() -> new cn.zfgs.portal.errors.PublicInputException(400,
                        "执法主体（agency）参数无效：没有编号为 " + pageId + " 的执法主体。"));
    }
}
