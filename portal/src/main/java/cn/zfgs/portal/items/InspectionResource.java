package cn.zfgs.portal.items;

import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.content.published.PublishedInspectionResult;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.laws.Citations;
import cn.zfgs.portal.site.Filters;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.Paging;
import cn.zfgs.portal.site.PublicCache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 双随机、一公开 — the random-inspection list (随机抽查事项清单: subject, basis, targets, content, ratio, method,
 * frequency) and the published results of the inspections.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class InspectionResource {

    static final int PAGE_SIZE = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ItemViews.InspectionLine> items);

        static native TemplateInstance results(ItemViews.Results results);
    }

    @Inject
    EntityManager em;
    @Inject
    AgencyDirectory agencies;
    @Inject
    Citations citations;

    @GET
    @Path("/inspections")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance list() {
        return Templates.list(em.createQuery("FROM PublishedEnforcementItem WHERE currentVersion = true "
                        + "AND randomInspection = true ORDER BY agencyId, code", PublishedEnforcementItem.class)
                .getResultList().stream()
                .map(i -> new ItemViews.InspectionLine(i.itemId(), i.code(), i.name(), i.agencyName(),
                        i.randomInspection().orElseThrow(), citations.of(i.legalBases())))
                .toList());
    }

    @GET
    @Path("/inspection-results")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance results(@QueryParam("agency") String agency, @QueryParam("year") String year,
            @QueryParam("page") String page) {
        PublishedAgency chosen = agencies.filter(agency);
        Integer chosenYear = Filters.year(year);
        int pageNumber = Filters.page(page);
        StringBuilder where = new StringBuilder("currentVersion = true");
        StringBuilder keep = new StringBuilder();
        if (chosen != null) {
            where.append(" AND agencyId = :agency");
            keep.append("agency=").append(chosen.itemId()).append('&');
        }
        if (chosenYear != null) {
            where.append(" AND inspectedOn >= :from AND inspectedOn < :to");
            keep.append("year=").append(chosenYear).append('&');
        }
        var count = em.createQuery("SELECT COUNT(*) FROM PublishedInspectionResult WHERE " + where, Long.class);
        var rows = em.createQuery("FROM PublishedInspectionResult WHERE " + where
                + " ORDER BY inspectedOn DESC, itemId DESC", PublishedInspectionResult.class);
        if (chosen != null) {
            count.setParameter("agency", chosen.agencyId());
            rows.setParameter("agency", chosen.agencyId());
        }
        if (chosenYear != null) {
            for (var q : List.of(count, rows)) {
                q.setParameter("from", LocalDate.of(chosenYear, 1, 1));
                q.setParameter("to", LocalDate.of(chosenYear + 1, 1, 1));
            }
        }
        Paging paging = new Paging(pageNumber, PAGE_SIZE, count.getSingleResult(), "/inspection-results",
                keep.toString());
        if (pageNumber > paging.pages()) {
            throw PublicErrors.notFound("没有第 " + pageNumber + " 页：共 " + paging.pages() + " 页。");
        }
        List<PublishedInspectionResult> page1 = rows.setFirstResult(paging.offset()).setMaxResults(PAGE_SIZE)
                .getResultList();
        Map<Long, String> itemNames = new HashMap<>();
        for (PublishedInspectionResult r : page1) {
            if (r.enforcementItemId() != null && !itemNames.containsKey(r.enforcementItemId())) {
                itemNames.put(r.enforcementItemId(), em.createQuery("SELECT name FROM PublishedEnforcementItem "
                                + "WHERE currentVersion = true AND itemId = :id", String.class)
                        .setParameter("id", r.enforcementItemId()).getResultStream().findFirst().orElse(null));
            }
        }
        List<Integer> years = em.createQuery("SELECT DISTINCT YEAR(inspectedOn) FROM PublishedInspectionResult "
                + "WHERE currentVersion = true ORDER BY 1 DESC", Integer.class).getResultList();
        return Templates.results(new ItemViews.Results(page1.stream().map(r -> new ItemViews.ResultLine(
                        r.taskName(), itemNames.get(r.enforcementItemId()) == null ? null : r.enforcementItemId(),
                        itemNames.get(r.enforcementItemId()), r.agencyName(), r.inspectedName(),
                        r.inspectedCreditCode(), Formats.date(r.inspectedOn()), r.outcome().label(), r.findings(),
                        r.followUp())).toList(),
                agencies.all().stream().map(a -> new Filters.Option(String.valueOf(a.itemId()), a.name())).toList(),
                chosen == null ? null : chosen.itemId(), chosenYear, years, paging));
    }
}
