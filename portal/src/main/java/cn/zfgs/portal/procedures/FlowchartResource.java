package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedFlowchart;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.pdf.DocumentRef;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.site.Formats;
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

/** 执法流程图 — each procedure drawn as accessible SVG from its structured steps, with the steps as an ordered list. */
@Path("/flowcharts")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class FlowchartResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ProcedureViews.Listing listing);

        static native TemplateInstance show(ProcedureViews.Flowchart flowchart);

        static native TemplateInstance pdf(ProcedureViews.Flowchart flowchart, DocumentRef ref);
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
    PdfDocuments pdfs;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index(@QueryParam("agency") String agency) {
        PublishedAgency chosen = agencies.filter(agency);
        return Templates.index(new ProcedureViews.Listing("执法流程图",
                "各执法主体按执法类别公示的办理流程，每张图均附文字版。", "/flowcharts",
                queries.list(PublishedFlowchart.class, chosen, "agencyId, itemType").stream()
                        .map(f -> new ProcedureViews.Line("/flowcharts/" + f.itemId(), f.title(), f.agencyName(),
                                f.itemType().label()))
                        .toList(),
                queries.agencyOptions(), chosen == null ? null : chosen.itemId()));
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.show(view(id));
    }

    /** The flowchart drawn as boxes and arrows, with its steps as text, in a signed PDF/A document; 410 once withdrawn. */
    @GET
    @Path("/{id: [^/.]+}.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("id") String id) {
        ProcedureViews.Flowchart flowchart = view(id);
        DocumentRef ref = new DocumentRef("flowchart", flowchart.id(), flowchart.version(),
                "/flowcharts/" + flowchart.id());
        return pdfs.response(ref, Templates.pdf(flowchart, ref));
    }

    private ProcedureViews.Flowchart view(String id) {
        PublishedFlowchart f = records.show(ContentKind.FLOWCHART, PublishedFlowchart.class,
                PublicErrors.requireId(id, "流程图编号"), null, "执法流程图");
        PageMeta meta = PageMeta.page(f.title(), f.agencyName() + " " + f.title(),
                links.absolute("/flowcharts/" + f.itemId()));
        return new ProcedureViews.Flowchart(f.itemId(), f.version(), f.title(), f.itemType().label(),
                f.agencyName(), queries.agencyPage(f.agencyId()), Chart.of(f), Formats.dateTime(f.publishedAt()),
                meta);
    }
}
