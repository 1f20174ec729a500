package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedRightsNotice;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.pdf.DocumentRef;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.laws.Citations;
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

/** 权利告知 — the rights a party has in each kind of procedure, each with its period and legal basis. */
@Path("/rights-notices")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class RightsNoticeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ProcedureViews.Listing listing);

        static native TemplateInstance show(ProcedureViews.RightsNotice notice);

        static native TemplateInstance pdf(ProcedureViews.RightsNotice notice, DocumentRef ref);
    }

    @Inject
    ProcedureQueries queries;
    @Inject
    AgencyDirectory agencies;
    @Inject
    PublicRecords records;
    @Inject
    Citations citations;
    @Inject
    Links links;
    @Inject
    PdfDocuments pdfs;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index(@QueryParam("agency") String agency) {
        PublishedAgency chosen = agencies.filter(agency);
        return Templates.index(new ProcedureViews.Listing("权利告知",
                "当事人在行政处罚、行政许可、行政强制等程序中依法享有的权利，以及行使权利的期限。", "/rights-notices",
                queries.list(PublishedRightsNotice.class, chosen, "agencyId, itemType").stream()
                        .map(r -> new ProcedureViews.Line("/rights-notices/" + r.itemId(), r.title(), r.agencyName(),
                                r.itemType().label()))
                        .toList(),
                queries.agencyOptions(), chosen == null ? null : chosen.itemId()));
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.show(view(id));
    }

    /** The notice with each right's period and quoted basis as a signed PDF/A document; 410 once withdrawn. */
    @GET
    @Path("/{id: [^/.]+}.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("id") String id) {
        ProcedureViews.RightsNotice notice = view(id);
        DocumentRef ref = new DocumentRef("rights-notice", notice.id(), notice.version(),
                "/rights-notices/" + notice.id());
        return pdfs.response(ref, Templates.pdf(notice, ref));
    }

    private ProcedureViews.RightsNotice view(String id) {
        PublishedRightsNotice r = records.show(ContentKind.RIGHTS_NOTICE, PublishedRightsNotice.class,
                PublicErrors.requireId(id, "权利告知编号"), null, "权利告知");
        PageMeta meta = PageMeta.page(r.agencyName() + r.title(), r.agencyName() + " " + r.title(),
                links.absolute("/rights-notices/" + r.itemId()));
        return new ProcedureViews.RightsNotice(r.itemId(), r.version(), r.title(), r.itemType().label(),
                r.agencyName(), queries.agencyPage(r.agencyId()),
                r.rights().stream().map(x -> new ProcedureViews.Right(x.name(), x.text(), x.timeLimit(),
                        citations.of(x.legalBasis()))).toList(),
                Formats.dateTime(r.publishedAt()), meta);
    }
}
