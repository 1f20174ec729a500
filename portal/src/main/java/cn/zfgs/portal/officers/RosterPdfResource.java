package cn.zfgs.portal.officers;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.errors.PublicInputException;
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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * 执法人员名册 PDF — the roster of one agency ({@code /officers.pdf?agency=}, next to {@code /officers?agency=}) as a
 * signed PDF/A document: the columns the public roster shows, nothing more. An agency that was withdrawn has none.
 */
@Path("/officers.pdf")
@PublicCache
public class RosterPdfResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roster(OfficerViews.AgencyRoster roster, DocumentRef ref);
    }

    @Inject
    EntityManager em;
    @Inject
    AgencyDirectory agencies;
    @Inject
    PublicRecords records;
    @Inject
    PdfDocuments pdfs;
    @Inject
    Links links;

    @GET
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@QueryParam("agency") String agency) {
        if (agency == null || agency.isEmpty()) {
            throw new PublicInputException(400, "执法主体（agency）：必须指定，名册 PDF 按机关生成，例如 /officers.pdf?agency=1");
        }
        PublishedAgency a = records.show(ContentKind.AGENCY, PublishedAgency.class,
                PublicErrors.requireId(agency, "执法主体（agency）"), null, "执法主体");
        LocalDate today = LocalDate.now(CHINA);
        var officers = em.createQuery("FROM PublishedOfficer WHERE currentVersion = true AND agencyId = :a "
                        + "ORDER BY category, certificateNumber", PublishedOfficer.class)
                .setParameter("a", a.agencyId()).getResultList().stream()
                .map(o -> OfficerViews.Line.of(o, today)).toList();
        int version = Math.toIntExact(agencies.lastChange(a.agencyId(), Map.of(ContentKind.OFFICER,
                PublishedOfficer.class)));
        String path = "/officers?agency=" + a.itemId();
        String title = a.name() + " 执法人员名册";
        OfficerViews.AgencyRoster roster = new OfficerViews.AgencyRoster(a.itemId(), a.name(), officers, version,
                Formats.date(today), PageMeta.page(title, title, links.absolute(path)));
        DocumentRef ref = new DocumentRef("roster", a.itemId(), version, path);
        return pdfs.response(ref, Templates.roster(roster, ref));
    }
}
