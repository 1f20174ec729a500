package cn.zfgs.portal.agencies;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.content.published.PublishedServiceGuide;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.officers.OfficerViews;
import cn.zfgs.portal.pdf.DocumentRef;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.JsonLd;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.PublicCache;
import cn.zfgs.portal.site.PublicRecords;
import cn.zfgs.portal.site.SiteInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** 执法主体 — the agencies as a tree by level and region, and each agency's page. */
@Path("/agencies")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class AgencyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<AgencyViews.Node> roots, int count);

        static native TemplateInstance show(AgencyViews.Profile agency);

        static native TemplateInstance board(AgencyViews.Board board);

        static native TemplateInstance boardPdf(AgencyViews.Board board, DocumentRef ref);
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    AgencyDirectory directory;
    @Inject
    PublicRecords records;
    @Inject
    EntityManager em;
    @Inject
    Links links;
    @Inject
    JsonLd jsonLd;
    @Inject
    PdfDocuments pdfs;
    @Inject
    SiteInfo site;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index() {
        List<PublishedAgency> all = directory.all();
        Map<Long, List<PublishedAgency>> byParent = new LinkedHashMap<>();
        List<PublishedAgency> roots = new ArrayList<>();
        for (PublishedAgency a : all) {
            boolean parentPublic = a.parentAgencyId() != null
                    && all.stream().anyMatch(p -> Objects.equals(p.agencyId(), a.parentAgencyId()));
            if (parentPublic) {
                byParent.computeIfAbsent(a.parentAgencyId(), k -> new ArrayList<>()).add(a);
            } else {
                roots.add(a);
            }
        }
        return Templates.index(roots.stream().map(a -> node(a, byParent)).toList(), all.size());
    }

    private static AgencyViews.Node node(PublishedAgency a, Map<Long, List<PublishedAgency>> byParent) {
        return new AgencyViews.Node(a.itemId(), a.name(), a.level().label(), a.regionName(),
                byParent.getOrDefault(a.agencyId(), List.of()).stream()
                        .sorted(Comparator.comparing(PublishedAgency::level).thenComparing(PublishedAgency::regionCode))
                        .map(c -> node(c, byParent)).toList());
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id) {
        PublishedAgency a = records.show(ContentKind.AGENCY, PublishedAgency.class,
                PublicErrors.requireId(id, "执法主体编号"), null, "执法主体");
        PublishedAgency parent = a.parentAgencyId() == null ? null : directory.byAgencyId(a.parentAgencyId()).orElse(null);
        List<AgencyViews.AgencyLink> children = directory.all().stream()
                .filter(c -> Objects.equals(c.parentAgencyId(), a.agencyId()))
                .map(AgencyViews.AgencyLink::of).toList();
        String url = links.absolute("/agencies/" + a.itemId());
        var node = JsonLd.node("GovernmentOrganization")
                .with("name", a.name())
                .with("identifier", a.code())
                .with("url", url)
                .with("telephone", a.phone())
                .with("address", JsonLd.node("PostalAddress").with("streetAddress", a.address())
                        .with("addressRegion", a.regionName()).with("addressCountry", "CN"))
                .with("areaServed", a.regionName())
                .with("parentOrganization", parent == null ? null : JsonLd.node("GovernmentOrganization")
                        .with("name", parent.name()).with("url", links.absolute("/agencies/" + parent.itemId())));
        PageMeta meta = new PageMeta(a.name(), a.name() + "的职责、法定依据、联系方式与监督渠道", url, "website",
                jsonLd.render(node));
        return Templates.show(new AgencyViews.Profile(a.itemId(), a.name(), a.code(), a.level().label(),
                a.regionName(), AgencyViews.AgencyLink.of(parent), children, a.legalAuthority(), a.duties(),
                a.address(), a.phone(), a.officeHours(), a.supervisionChannel(), a.complaintChannel(),
                count("PublishedEnforcementItem", a.agencyId()), count("PublishedOfficer", a.agencyId()),
                count("PublishedDecision", a.agencyId()), count("PublishedServiceGuide", a.agencyId()),
                Formats.dateTime(a.publishedAt()), meta));
    }

    private long count(String entity, Long agencyId) {
        return em.createQuery("SELECT COUNT(*) FROM " + entity + " WHERE currentVersion = true AND agencyId = :a",
                Long.class).setParameter("a", agencyId).getSingleResult();
    }

    /** 岗位信息公示牌 of the agency's service window, made from what it has published. */
    @GET
    @Path("/{id: [^/.]+}/board")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance board(@PathParam("id") String id) {
        return Templates.board(boardView(id));
    }

    /** The post board as a signed PDF/A document, to print and hang at the window; none once the agency is withdrawn. */
    @GET
    @Path("/{id: [^/.]+}/board.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response boardPdf(@PathParam("id") String id) {
        AgencyViews.Board board = boardView(id);
        DocumentRef ref = new DocumentRef("board", board.id(), board.version(), "/agencies/" + board.id() + "/board");
        return pdfs.response(ref, Templates.boardPdf(board, ref));
    }

    private AgencyViews.Board boardView(String id) {
        PublishedAgency a = records.show(ContentKind.AGENCY, PublishedAgency.class,
                PublicErrors.requireId(id, "执法主体编号"), null, "执法主体");
        LocalDate today = LocalDate.now(CHINA);
        List<AgencyViews.BoardOfficer> officers = em.createQuery("FROM PublishedOfficer WHERE currentVersion = true "
                        + "AND agencyId = :a ORDER BY category, certificateNumber", PublishedOfficer.class)
                .setParameter("a", a.agencyId()).getResultList().stream()
                // Only officers who may act today stand on the board; the roster lists the others with their status.
                .filter(o -> OfficerViews.Standing.of(o, today) == OfficerViews.Standing.VALID)
                .map(o -> new AgencyViews.BoardOfficer(o.name(), o.certificateNumber(),
                        o.category() + (o.legalReviewer() ? "、法制审核" : "") + "（" + o.regionName() + "）"))
                .toList();
        List<PublishedServiceGuide> guides = em.createQuery("FROM PublishedServiceGuide WHERE currentVersion = true "
                        + "AND agencyId = :a ORDER BY title, itemId", PublishedServiceGuide.class)
                .setParameter("a", a.agencyId()).getResultList();
        Set<String> progress = new LinkedHashSet<>();
        Set<String> consultation = new LinkedHashSet<>();
        consultation.add("电话 " + a.phone() + "（" + a.officeHours() + "）");
        Set<String> complaints = new LinkedHashSet<>();
        complaints.add(a.complaintChannel());
        for (PublishedServiceGuide g : guides) {
            progress.add(g.progressEnquiry());
            consultation.add(g.consultation());
            complaints.add(g.complaints());
        }
        complaints.add(site.name() + "：" + site.complaintChannel());
        int version = Math.toIntExact(directory.lastChange(a.agencyId(), Map.of(ContentKind.AGENCY,
                PublishedAgency.class, ContentKind.OFFICER, PublishedOfficer.class, ContentKind.SERVICE_GUIDE,
                PublishedServiceGuide.class)));
        String title = a.name() + " 岗位信息公示牌";
        return new AgencyViews.Board(a.itemId(), a.name(), a.address(), a.phone(), a.officeHours(), officers,
                guides.stream().map(g -> new AgencyViews.BoardGuide(g.itemId(), g.title(), g.timeLimit(),
                        g.placeAndHours())).toList(),
                List.copyOf(progress), List.copyOf(consultation), List.copyOf(complaints), a.supervisionChannel(),
                version, Formats.date(today), PageMeta.page(title, title + "：窗口工作人员及职责、办理事项、进度查询、咨询与投诉渠道",
                        links.absolute("/agencies/" + a.itemId() + "/board")));
    }
}
