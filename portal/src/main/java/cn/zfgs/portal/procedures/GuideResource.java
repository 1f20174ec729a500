package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.content.published.PublishedServiceGuide;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.pdf.DocumentRef;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.JsonLd;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.PublicCache;
import cn.zfgs.portal.site.PublicRecords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** 服务指南 — how to apply: organs, conditions, materials, limits, fees, channels; with the procedure's flowchart. */
@Path("/guides")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class GuideResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ProcedureViews.Listing listing);

        static native TemplateInstance show(ProcedureViews.Guide guide);

        static native TemplateInstance pdf(ProcedureViews.Guide guide, DocumentRef ref);
    }

    @Inject
    ProcedureQueries queries;
    @Inject
    AgencyDirectory agencies;
    @Inject
    PublicRecords records;
    @Inject
    Links links;
    @Inject
    JsonLd jsonLd;
    @Inject
    PdfDocuments pdfs;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index(@QueryParam("agency") String agency) {
        PublishedAgency chosen = agencies.filter(agency);
        return Templates.index(new ProcedureViews.Listing("服务指南",
                "办事条件、申请材料、办理时限、收费标准以及进度查询、咨询和投诉渠道。", "/guides",
                queries.list(PublishedServiceGuide.class, chosen, "agencyId, title").stream()
                        .map(g -> new ProcedureViews.Line("/guides/" + g.itemId(), g.title(), g.agencyName(),
                                "办理时限：" + g.timeLimit()))
                        .toList(),
                queries.agencyOptions(), chosen == null ? null : chosen.itemId()));
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.show(view(id));
    }

    /** The guide, its materials, channels and flowchart as a signed PDF/A document; 410 once withdrawn. */
    @GET
    @Path("/{id: [^/.]+}.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("id") String id) {
        ProcedureViews.Guide guide = view(id);
        DocumentRef ref = new DocumentRef("guide", guide.id(), guide.version(), "/guides/" + guide.id());
        return pdfs.response(ref, Templates.pdf(guide, ref));
    }

    private ProcedureViews.Guide view(String id) {
        PublishedServiceGuide g = records.show(ContentKind.SERVICE_GUIDE, PublishedServiceGuide.class,
                PublicErrors.requireId(id, "服务指南编号"), null, "服务指南");
        PublishedEnforcementItem item = g.enforcementItemId() == null ? null
                : records.current(PublishedEnforcementItem.class, g.enforcementItemId()).orElse(null);
        var flowchart = item == null ? null : queries.flowchart(g.agencyId(), item.itemType()).orElse(null);
        var notice = item == null ? null : queries.rightsNotice(g.agencyId(), item.itemType()).orElse(null);
        String url = links.absolute("/guides/" + g.itemId());
        PageMeta meta = new PageMeta(g.title(), g.agencyName() + " " + g.title() + "：申请条件、材料、时限与收费", url,
                "article", jsonLd.render(JsonLd.node("GovernmentService")
                        .with("name", g.title())
                        .with("url", url)
                        .with("provider", JsonLd.node("GovernmentOrganization").with("name", g.agencyName()))
                        .with("serviceType", item == null ? null : item.itemType().label())
                        .with("areaServed", "CN")));
        return new ProcedureViews.Guide(g.itemId(), g.version(), g.title(), g.agencyName(),
                queries.agencyPage(g.agencyId()),
                item == null ? null : new ProcedureViews.Link("/items/" + item.itemId(), item.name()),
                g.acceptingOrgan(), g.approvingOrgan(), g.conditions(), g.materials(), g.timeLimit(), g.fees(),
                g.placeAndHours(), g.progressEnquiry(), g.consultation(), g.complaints(),
                flowchart == null ? null : Chart.of(flowchart),
                flowchart == null ? null : new ProcedureViews.Link("/flowcharts/" + flowchart.itemId(), flowchart.title()),
                notice == null ? null : new ProcedureViews.Link("/rights-notices/" + notice.itemId(), notice.title()),
                Formats.dateTime(g.publishedAt()), meta);
    }
}
