package cn.zfgs.portal.agencies;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.portal.errors.PublicErrors;
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
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** 执法主体 — the agencies as a tree by level and region, and each agency's page. */
@Path("/agencies")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class AgencyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<AgencyViews.Node> roots, int count);

        static native TemplateInstance show(AgencyViews.Profile agency);
    }

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
}
