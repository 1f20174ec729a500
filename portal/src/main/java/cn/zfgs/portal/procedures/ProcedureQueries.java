package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedFlowchart;
import cn.zfgs.content.published.PublishedRightsNotice;
import cn.zfgs.content.published.PublishedVersion;
import cn.zfgs.portal.agencies.AgencyDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Finds an agency's procedures: lists by agency, and the flowchart or rights notice for a kind of procedure. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProcedureQueries {

    @Inject
    EntityManager em;
    @Inject
    AgencyDirectory agencies;

    /** Current items of the type, of one agency when {@code agency} is given, in the given order. */
    public <T extends PublishedVersion> List<T> list(Class<T> type, PublishedAgency agency, String orderBy) {
        String where = agency == null ? "" : " AND agencyId = :agency";
        var query = em.createQuery("FROM " + type.getSimpleName() + " WHERE currentVersion = true" + where
                + " ORDER BY " + orderBy, type);
        if (agency != null) {
            query.setParameter("agency", agency.agencyId());
        }
        return query.getResultList();
    }

    /** The agency's flowchart for this kind of procedure. */
    public Optional<PublishedFlowchart> flowchart(Long agencyId, DecisionType type) {
        return em.createQuery("FROM PublishedFlowchart WHERE currentVersion = true AND agencyId = :a "
                        + "AND itemType = :t ORDER BY itemId", PublishedFlowchart.class)
                .setParameter("a", agencyId).setParameter("t", type).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The agency's rights notice for this kind of procedure. */
    public Optional<PublishedRightsNotice> rightsNotice(Long agencyId, DecisionType type) {
        return em.createQuery("FROM PublishedRightsNotice WHERE currentVersion = true AND agencyId = :a "
                        + "AND itemType = :t ORDER BY itemId", PublishedRightsNotice.class)
                .setParameter("a", agencyId).setParameter("t", type).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The page id of the agency whose records carry {@code agencyId}, for links; null if it is not public. */
    public Long agencyPage(Long agencyId) {
        return agencies.byAgencyId(agencyId).map(PublishedAgency::itemId).orElse(null);
    }

    /** The filter options: every published agency. */
    public List<ProcedureViews.Option> agencyOptions() {
        return agencies.all().stream()
                .map(a -> new ProcedureViews.Option(String.valueOf(a.itemId()), a.name())).toList();
    }
}
