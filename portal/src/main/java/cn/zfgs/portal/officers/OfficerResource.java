package cn.zfgs.portal.officers;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.qr.QrCodes;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.site.Filters;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.Paging;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 执法人员 — the roster by agency, category and region, searchable by name or certificate number; the legal
 * reviewers (法制审核人员) apart; each officer's page with the certificate's QR code as SVG and PNG.
 */
@Path("/officers")
@PublicCache
public class OfficerResource {

    static final int PAGE_SIZE = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(OfficerViews.Roster roster);

        static native TemplateInstance show(OfficerViews.Officer officer);
    }

    @Inject
    EntityManager em;
    @Inject
    AgencyDirectory agencies;
    @Inject
    PublicRecords records;
    @Inject
    Links links;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index(@QueryParam("agency") String agency, @QueryParam("category") String category,
            @QueryParam("region") String region, @QueryParam("q") String q, @QueryParam("page") String page) {
        return roster(false, agency, category, region, q, page);
    }

    @GET
    @Path("/legal-reviewers")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance legalReviewers(@QueryParam("agency") String agency, @QueryParam("page") String page) {
        return roster(true, agency, null, null, null, page);
    }

    private TemplateInstance roster(boolean legalReviewers, String agency, String category, String region,
            String q, String page) {
        PublishedAgency chosen = agencies.filter(agency);
        String chosenCategory = Filters.text(category, "执法类别（category）", 40);
        String chosenRegion = Filters.text(region, "区域（region）", 100);
        String text = Filters.text(q, "姓名或证号（q）", 40);
        int pageNumber = Filters.page(page);
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("currentVersion = true");
        StringBuilder keep = new StringBuilder();
        if (legalReviewers) {
            where.append(" AND legalReviewer = true");
        }
        if (chosen != null) {
            where.append(" AND agencyId = :agency");
            params.put("agency", chosen.agencyId());
            keep.append("agency=").append(chosen.itemId()).append('&');
        }
        if (chosenCategory != null) {
            where.append(" AND category = :category");
            params.put("category", chosenCategory);
            keep.append("category=").append(encode(chosenCategory)).append('&');
        }
        if (chosenRegion != null) {
            where.append(" AND regionName = :region");
            params.put("region", chosenRegion);
            keep.append("region=").append(encode(chosenRegion)).append('&');
        }
        if (text != null) {
            where.append(" AND (name LIKE :like ESCAPE '!' OR certificateNumber = :certificate)");
            params.put("like", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            params.put("certificate", text.toUpperCase(java.util.Locale.ROOT));
            keep.append("q=").append(encode(text)).append('&');
        }
        var count = em.createQuery("SELECT COUNT(*) FROM PublishedOfficer WHERE " + where, Long.class);
        var rows = em.createQuery("FROM PublishedOfficer WHERE " + where
                + " ORDER BY agencyId, category, certificateNumber", PublishedOfficer.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        Paging paging = new Paging(pageNumber, PAGE_SIZE, count.getSingleResult(),
                legalReviewers ? "/officers/legal-reviewers" : "/officers", keep.toString());
        if (pageNumber > paging.pages()) {
            throw PublicErrors.notFound("没有第 " + pageNumber + " 页：共 " + paging.pages() + " 页。");
        }
        LocalDate today = LocalDate.now(CHINA);
        List<OfficerViews.Line> lines = rows.setFirstResult(paging.offset()).setMaxResults(PAGE_SIZE)
                .getResultList().stream().map(o -> OfficerViews.Line.of(o, today)).toList();
        List<String> categories = em.createQuery("SELECT DISTINCT category FROM PublishedOfficer "
                + "WHERE currentVersion = true ORDER BY category", String.class).getResultList();
        List<String> regions = em.createQuery("SELECT DISTINCT regionName FROM PublishedOfficer "
                + "WHERE currentVersion = true ORDER BY regionName", String.class).getResultList();
        return Templates.index(new OfficerViews.Roster(legalReviewers ? "法制审核人员" : "执法人员名册", legalReviewers,
                lines, agencies.all().stream().map(a -> new Filters.Option(String.valueOf(a.itemId()), a.name()))
                        .toList(),
                chosen == null ? null : chosen.itemId(), categories, chosenCategory, regions, chosenRegion, text,
                paging));
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id) {
        PublishedOfficer o = officer(id);
        LocalDate today = LocalDate.now(CHINA);
        OfficerViews.Standing s = OfficerViews.Standing.of(o, today);
        List<String> notes = records.versions(PublishedOfficer.class, o.itemId()).stream()
                .filter(v -> v.changeNote() != null)
                .map(v -> Formats.dateTime(v.publishedAt()) + "：" + v.changeNote()).toList();
        return Templates.show(new OfficerViews.Officer(o.itemId(), o.name(), o.certificateNumber(), o.agencyName(),
                agencies.byAgencyId(o.agencyId()).map(PublishedAgency::itemId).orElse(null), o.category(),
                o.regionName(), s.label(), s.cssClass(), Formats.date(o.validFrom()), Formats.date(o.validUntil()),
                o.legalReviewer(), "/verify?certificate=" + encode(o.certificateNumber()), notes,
                PageMeta.page(o.name() + "（" + o.certificateNumber() + "）", o.agencyName() + "执法人员 " + o.name(),
                        links.absolute("/officers/" + o.itemId()))));
    }

    @GET
    @Path("/{id: [^/.]+}/qr.svg")
    @Produces("image/svg+xml")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response qrSvg(@PathParam("id") String id) {
        PublishedOfficer o = officer(id);
        return Response.ok(QrCodes.svg(links.verification(o.certificateNumber()),
                        "执法证 " + o.certificateNumber() + " 核验二维码"))
                .type("image/svg+xml; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"officer-" + o.itemId() + "-qr.svg\"")
                .build();
    }

    @GET
    @Path("/{id: [^/.]+}/qr.png")
    @Produces("image/png")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response qrPng(@PathParam("id") String id) {
        PublishedOfficer o = officer(id);
        return Response.ok(QrCodes.png(links.verification(o.certificateNumber())))
                .type("image/png")
                .header("Content-Disposition", "inline; filename=\"officer-" + o.itemId() + "-qr.png\"")
                .build();
    }

    private PublishedOfficer officer(String id) {
        return records.show(ContentKind.OFFICER, PublishedOfficer.class, PublicErrors.requireId(id, "执法人员编号"),
                null, "执法人员");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
