package cn.zfgs.portal.decisions;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.laws.Citations;
import cn.zfgs.portal.pdf.DocumentRef;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.site.Filters;
import cn.zfgs.portal.site.JsonLd;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.Paging;
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

import java.util.List;

/**
 * 执法决定 — the list of decisions (by type, agency and year, in stable pages), the public page of one decision with
 * its earlier versions, and the 410 notice left when it is withdrawn.
 */
@Path("/decisions")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class DecisionResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(DecisionList list);

        static native TemplateInstance show(DecisionView decision);

        static native TemplateInstance pdf(DecisionView decision, DocumentRef ref);
    }

    @Inject
    DecisionQueries queries;
    @Inject
    AgencyDirectory agencies;
    @Inject
    PublicRecords records;
    @Inject
    Citations citations;
    @Inject
    Links links;
    @Inject
    JsonLd jsonLd;
    @Inject
    PdfDocuments pdfs;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index(@QueryParam("type") String type, @QueryParam("agency") String agency,
            @QueryParam("year") String year, @QueryParam("page") String page) {
        DecisionType chosenType = Filters.type(type);
        PublishedAgency chosen = agencies.filter(agency);
        Integer chosenYear = Filters.year(year);
        int pageNumber = Filters.page(page);
        Long agencyId = chosen == null ? null : chosen.agencyId();
        String keep = (chosenType == null ? "" : "type=" + chosenType.name() + "&")
                + (chosen == null ? "" : "agency=" + chosen.itemId() + "&")
                + (chosenYear == null ? "" : "year=" + chosenYear + "&");
        Paging paging = new Paging(pageNumber, PAGE_SIZE, queries.count(chosenType, agencyId, chosenYear),
                "/decisions", keep);
        if (pageNumber > paging.pages()) {
            throw PublicErrors.notFound("没有第 " + pageNumber + " 页：符合条件的执法决定共 " + paging.pages() + " 页。");
        }
        return Templates.index(new DecisionList(
                queries.page(chosenType, agencyId, chosenYear, paging.offset(), PAGE_SIZE).stream()
                        .map(DecisionLine::of).toList(),
                Filters.typeOptions(), chosenType == null ? null : chosenType.name(),
                agencies.all().stream().map(a -> new Filters.Option(String.valueOf(a.itemId()), a.name())).toList(),
                chosen == null ? null : chosen.itemId(), queries.years(), chosenYear, paging,
                chosen == null ? "/feeds/decisions" : "/feeds/agencies/" + chosen.itemId()));
    }

    @GET
    @Path("/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("version") String version) {
        return Templates.show(view(id, version));
    }

    /** The same version as a signed PDF/A document; a withdrawn decision has none (410, like its page). */
    @GET
    @Path("/{id: [^/.]+}.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("id") String id, @QueryParam("version") String version) {
        DecisionView decision = view(id, version);
        DocumentRef ref = new DocumentRef("decision", decision.id(), decision.version(),
                "/decisions/" + decision.id() + (decision.current() ? "" : "?version=" + decision.version()));
        return pdfs.response(ref, Templates.pdf(decision, ref));
    }

    private DecisionView view(String id, String version) {
        Long itemId = PublicErrors.requireId(id, "决定编号");
        Integer wanted = version == null ? null : PublicErrors.requireId(version, "版本号").intValue();
        PublishedDecision d = records.show(ContentKind.DECISION, PublishedDecision.class, itemId, wanted, "执法决定");
        List<PublishedDecision> versions = records.versions(PublishedDecision.class, itemId);
        Long agencyPage = agencies.byAgencyId(d.agencyId()).map(PublishedAgency::itemId).orElse(null);
        DecisionView.ItemLink item = d.enforcementItemId() == null ? null
                : records.current(PublishedEnforcementItem.class, d.enforcementItemId())
                        .map(i -> new DecisionView.ItemLink(i.itemId(), i.name())).orElse(null);
        String url = links.absolute("/decisions/" + d.itemId());
        String title = d.agencyName() + d.decisionType().label() + "决定 " + d.documentNumber();
        PageMeta meta = new PageMeta(title, title + "，当事人：" + d.partyName(), url, "article",
                jsonLd.render(JsonLd.node("DigitalDocument")
                        .with("name", title)
                        .with("identifier", d.documentNumber())
                        .with("url", url)
                        .with("inLanguage", "zh-CN")
                        .with("genre", d.decisionType().label())
                        .with("dateCreated", d.decisionDate().toString())
                        .with("datePublished", versions.get(0).publishedAt().toString())
                        .with("dateModified", d.publishedAt().toString())
                        .with("version", d.version())
                        .with("publisher", JsonLd.node("GovernmentOrganization").with("name", d.agencyName())
                                .with("url", agencyPage == null ? null : links.absolute("/agencies/" + agencyPage)))
                        .with("about", d.partyCreditCode() == null ? null : JsonLd.node("Organization")
                                .with("name", d.partyName()).with("taxID", d.partyCreditCode()))));
        return DecisionView.of(d, versions, citations.of(d.legalBases()), agencyPage, item, meta);
    }
}
