package cn.zfgs.portal.items;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedDiscretionBenchmark;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.content.published.PublishedServiceGuide;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.laws.Citations;
import cn.zfgs.portal.pdf.DocumentRef;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.procedures.Chart;
import cn.zfgs.portal.procedures.ProcedureQueries;
import cn.zfgs.portal.site.Filters;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.JsonLd;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.PublicCache;
import cn.zfgs.portal.site.PublicRecords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** 执法事项 — the enforcement item catalogue, filterable by type and agency, and each item's page. */
@Path("/items")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class ItemResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ItemViews.Catalogue catalogue);

        static native TemplateInstance show(ItemViews.Item item);

        static native TemplateInstance pdf(ItemViews.Item item, DocumentRef ref);
    }

    @Inject
    PdfDocuments pdfs;
    @Inject
    EntityManager em;
    @Inject
    AgencyDirectory agencies;
    @Inject
    PublicRecords records;
    @Inject
    ProcedureQueries procedures;
    @Inject
    Citations citations;
    @Inject
    Links links;
    @Inject
    JsonLd jsonLd;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index(@QueryParam("type") String type, @QueryParam("agency") String agency) {
        DecisionType chosenType = Filters.type(type);
        PublishedAgency chosen = agencies.filter(agency);
        StringBuilder where = new StringBuilder("currentVersion = true");
        if (chosenType != null) {
            where.append(" AND itemType = :type");
        }
        if (chosen != null) {
            where.append(" AND agencyId = :agency");
        }
        var query = em.createQuery("FROM PublishedEnforcementItem WHERE " + where + " ORDER BY agencyId, code",
                PublishedEnforcementItem.class);
        if (chosenType != null) {
            query.setParameter("type", chosenType);
        }
        if (chosen != null) {
            query.setParameter("agency", chosen.agencyId());
        }
        List<ItemViews.Line> lines = query.getResultList().stream().map(ItemResource::line).toList();
        return Templates.index(new ItemViews.Catalogue(lines, Filters.typeOptions(),
                chosenType == null ? null : chosenType.name(),
                agencies.all().stream().map(a -> new Filters.Option(String.valueOf(a.itemId()), a.name())).toList(),
                chosen == null ? null : chosen.itemId()));
    }

    static ItemViews.Line line(PublishedEnforcementItem i) {
        return new ItemViews.Line(i.itemId(), i.code(), i.name(), i.itemType().label(), i.agencyName(),
                timeLimit(i), i.randomInspection().isPresent());
    }

    static String timeLimit(PublishedEnforcementItem i) {
        String days = i.timeLimitDays() == null ? "" : i.timeLimitDays() + " 个工作日";
        String note = i.timeLimitNote() == null ? "" : i.timeLimitNote();
        return days.isEmpty() ? note : note.isEmpty() ? days : days + "（" + note + "）";
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.show(view(id));
    }

    /** The item as a signed PDF/A document, its flowchart as the ordered list of steps; 410 once withdrawn. */
    @GET
    @Path("/{id: [^/.]+}.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("id") String id) {
        ItemViews.Item item = view(id);
        DocumentRef ref = new DocumentRef("item", item.id(), item.version(), "/items/" + item.id());
        return pdfs.response(ref, Templates.pdf(item, ref));
    }

    private ItemViews.Item view(String id) {
        PublishedEnforcementItem i = records.show(ContentKind.ENFORCEMENT_ITEM, PublishedEnforcementItem.class,
                PublicErrors.requireId(id, "执法事项编号"), null, "执法事项");
        var guide = em.createQuery("FROM PublishedServiceGuide WHERE currentVersion = true "
                        + "AND enforcementItemId = :item ORDER BY itemId", PublishedServiceGuide.class)
                .setParameter("item", i.itemId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        var flowchart = procedures.flowchart(i.agencyId(), i.itemType()).orElse(null);
        var notice = procedures.rightsNotice(i.agencyId(), i.itemType()).orElse(null);
        Set<String> bases = new HashSet<>(i.legalBases());
        List<ItemViews.Link> benchmarks = em.createQuery("FROM PublishedDiscretionBenchmark WHERE currentVersion = true "
                        + "AND agencyId = :a ORDER BY itemId", PublishedDiscretionBenchmark.class)
                .setParameter("a", i.agencyId()).getResultList().stream()
                .filter(b -> b.legalBases().stream().anyMatch(bases::contains))
                .map(b -> new ItemViews.Link("/discretion-benchmarks/" + b.itemId(), b.title())).toList();
        String url = links.absolute("/items/" + i.itemId());
        PageMeta meta = new PageMeta(i.name(), i.agencyName() + "执法事项：" + i.name() + "（" + i.itemType().label() + "）",
                url, "article", jsonLd.render(JsonLd.node("GovernmentService")
                        .with("name", i.name())
                        .with("identifier", i.code())
                        .with("serviceType", i.itemType().label())
                        .with("url", url)
                        .with("provider", JsonLd.node("GovernmentOrganization").with("name", i.agencyName()))));
        return new ItemViews.Item(i.itemId(), i.version(), i.code(), i.name(), i.itemType().label(),
                i.agencyName(), procedures.agencyPage(i.agencyId()), i.handlingDepartment(),
                citations.of(i.legalBases()), timeLimit(i), i.randomInspection().orElse(null),
                guide == null ? null : new ItemViews.Link("/guides/" + guide.itemId(), guide.title()),
                flowchart == null ? null : new ItemViews.Link("/flowcharts/" + flowchart.itemId(), flowchart.title()),
                flowchart == null ? null : Chart.of(flowchart),
                notice == null ? null : new ItemViews.Link("/rights-notices/" + notice.itemId(), notice.title()),
                notice == null ? List.of() : notice.rights().stream().map(r -> r.name()).toList(),
                benchmarks, Formats.dateTime(i.publishedAt()), i.changeNote(), meta);
    }
}
