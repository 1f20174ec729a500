package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedDiscretionBenchmark;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
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

/** 裁量基准 — how each agency grades the penalty for a violation by its circumstances. */
@Path("/discretion-benchmarks")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class BenchmarkResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ProcedureViews.Listing listing);

        static native TemplateInstance show(ProcedureViews.Benchmark benchmark);
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

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index(@QueryParam("agency") String agency) {
        PublishedAgency chosen = agencies.filter(agency);
        return Templates.index(new ProcedureViews.Listing("行政处罚裁量基准",
                "同一违法行为按情节轻重分为不同裁量阶次，对应不同的处罚幅度。", "/discretion-benchmarks",
                queries.list(PublishedDiscretionBenchmark.class, chosen, "agencyId, title").stream()
                        .map(b -> new ProcedureViews.Line("/discretion-benchmarks/" + b.itemId(), b.title(),
                                b.agencyName(), b.levels().size() + " 个裁量阶次"))
                        .toList(),
                queries.agencyOptions(), chosen == null ? null : chosen.itemId()));
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id) {
        PublishedDiscretionBenchmark b = records.show(ContentKind.DISCRETION_BENCHMARK,
                PublishedDiscretionBenchmark.class, PublicErrors.requireId(id, "裁量基准编号"), null, "裁量基准");
        PageMeta meta = PageMeta.page(b.title(), b.agencyName() + " " + b.title(),
                links.absolute("/discretion-benchmarks/" + b.itemId()));
        return Templates.show(new ProcedureViews.Benchmark(b.itemId(), b.title(), b.agencyName(),
                queries.agencyPage(b.agencyId()), b.violation(), citations.of(b.legalBases()), b.levels(),
                Formats.dateTime(b.publishedAt()), meta));
    }
}
