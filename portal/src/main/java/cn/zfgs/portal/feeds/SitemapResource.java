package cn.zfgs.portal.feeds;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedDiscretionBenchmark;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.content.published.PublishedFlowchart;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.content.published.PublishedRightsNotice;
import cn.zfgs.content.published.PublishedServiceGuide;
import cn.zfgs.content.published.PublishedVersion;
import cn.zfgs.portal.annual.AnnualReportQueries;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PublicCache;
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
import java.util.List;
import java.util.stream.Stream;

/**
 * 站点地图与爬虫规则 — {@code /sitemap.xml} is an index of {@code /sitemaps/pages.xml} (sections, agencies and their
 * post boards, items, officers, procedures, laws, each agency's annual report of each year) and {@code /sitemaps/decisions-N.xml} ({@value #PER_FILE} decisions each, under the
 * protocol's 50,000), so a million decisions stay listable; {@code /robots.txt} points crawlers at it and away from
 * forms. Withdrawn items are not listed: their rows are gone.
 */
@Path("/")
@PublicCache
public class SitemapResource {

    static final int PER_FILE = 40_000;
    private static final List<String> SECTIONS = List.of("/", "/agencies", "/items", "/inspections",
            "/inspection-results", "/officers", "/officers/legal-reviewers", "/guides", "/flowcharts",
            "/rights-notices", "/discretion-benchmarks", "/decisions", "/laws", "/annual-reports");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<String> sitemaps);

        static native TemplateInstance urlset(List<Url> urls);
    }

    /** One URL and when it last changed (empty when unknown). */
    public record Url(String loc, String lastmod) {
    }

    @Inject
    EntityManager em;
    @Inject
    Links links;
    @Inject
    AnnualReportQueries annualReports;

    @GET
    @Path("/sitemap.xml")
    @Produces(MediaType.APPLICATION_XML + "; charset=UTF-8")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index() {
        List<String> maps = new ArrayList<>();
        maps.add(links.absolute("/sitemaps/pages.xml"));
        for (int n = 1; n <= decisionFiles(); n++) {
            maps.add(links.absolute("/sitemaps/decisions-" + n + ".xml"));
        }
        return Templates.index(maps);
    }

    @GET
    @Path("/sitemaps/pages.xml")
    @Produces(MediaType.APPLICATION_XML + "; charset=UTF-8")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance pages() {
        List<Url> urls = new ArrayList<>();
        SECTIONS.forEach(s -> urls.add(new Url(links.absolute(s), "")));
        add(urls, PublishedAgency.class, "/agencies/");
        List<Long> agencies = em.createQuery("SELECT itemId FROM PublishedAgency WHERE currentVersion = true "
                + "ORDER BY itemId", Long.class).getResultList();
        agencies.forEach(a -> urls.add(new Url(links.absolute("/agencies/" + a + "/board"), "")));
        add(urls, PublishedEnforcementItem.class, "/items/");
        add(urls, PublishedOfficer.class, "/officers/");
        add(urls, PublishedServiceGuide.class, "/guides/");
        add(urls, PublishedFlowchart.class, "/flowcharts/");
        add(urls, PublishedRightsNotice.class, "/rights-notices/");
        add(urls, PublishedDiscretionBenchmark.class, "/discretion-benchmarks/");
        LawCatalogue.shipped().laws().forEach(l -> urls.add(new Url(links.absolute(Links.law(l)), "")));
        for (Integer year : annualReports.years()) {
            agencies.forEach(a -> urls.add(new Url(links.absolute("/annual-reports/" + a + "/" + year), "")));
        }
        return Templates.urlset(urls);
    }

    @GET
    @Path("/sitemaps/decisions-{n: [0-9]{1,6}}.xml")
    @Produces(MediaType.APPLICATION_XML + "; charset=UTF-8")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance decisions(@PathParam("n") int n) {
        if (n < 1 || n > decisionFiles()) {
            throw PublicErrors.notFound("没有第 " + n + " 个执法决定站点地图。");
        }
        Stream<Object[]> rows = em.createQuery("SELECT itemId, publishedAt FROM PublishedDecision "
                        + "WHERE currentVersion = true ORDER BY itemId", Object[].class)
                .setFirstResult((n - 1) * PER_FILE).setMaxResults(PER_FILE).getResultStream();
        return Templates.urlset(rows.map(r -> new Url(links.absolute("/decisions/" + r[0]), r[1].toString())).toList());
    }

    @GET
    @Path("/robots.txt")
    @Produces(MediaType.TEXT_PLAIN + "; charset=UTF-8")
    public String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /preferences
                Disallow: /reports
                Disallow: /verify
                Sitemap: %s
                """.formatted(links.absolute("/sitemap.xml"));
    }

    private int decisionFiles() {
        long count = em.createQuery("SELECT COUNT(*) FROM PublishedDecision WHERE currentVersion = true", Long.class)
                .getSingleResult();
        return (int) Math.max(1, (count + PER_FILE - 1) / PER_FILE);
    }

    private void add(List<Url> urls, Class<? extends PublishedVersion> type, String prefix) {
        em.createQuery("FROM " + type.getSimpleName() + " WHERE currentVersion = true ORDER BY itemId", type)
                .getResultList()
                .forEach(v -> urls.add(new Url(links.absolute(prefix + v.itemId()), v.publishedAt().toString())));
    }
}
