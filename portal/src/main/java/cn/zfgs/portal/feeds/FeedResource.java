package cn.zfgs.portal.feeds;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.portal.decisions.DecisionQueries;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PublicCache;
import cn.zfgs.portal.site.PublicRecords;
import cn.zfgs.portal.site.SiteInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import java.time.Instant;
import java.util.List;

/**
 * Atom 订阅 — the most recently published decisions, of all agencies ({@code /feeds/decisions}) or of one
 * ({@code /feeds/agencies/{id}}). A correction moves a decision up with its new time; a withdrawn decision is gone
 * from the feed with its rows.
 */
@Path("/feeds")
@Produces("application/atom+xml; charset=UTF-8")
@PublicCache
public class FeedResource {

    static final int ENTRIES = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance atom(Feed feed);
    }

    /** The feed's head. */
    public record Feed(String title, String id, String self, String alternate, String updated, String author,
            List<Entry> entries) {
    }

    /** One decision as an entry. */
    public record Entry(String title, String id, String href, String updated, String agency, String typeLabel,
            String summary) {
    }

    @Inject
    DecisionQueries decisions;
    @Inject
    PublicRecords records;
    @Inject
    Links links;
    @Inject
    SiteInfo site;

    @GET
    @Path("/decisions")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance all() {
        return feed(site.name() + "：最新公示的执法决定", "/feeds/decisions", "/decisions",
                decisions.recentlyPublished(null, ENTRIES));
    }

    @GET
    @Path("/agencies/{id: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance agency(@PathParam("id") String id) {
        PublishedAgency a = records.show(ContentKind.AGENCY, PublishedAgency.class,
                PublicErrors.requireId(id, "执法主体编号"), null, "执法主体");
        return feed(a.name() + "：最新公示的执法决定", "/feeds/agencies/" + a.itemId(), "/decisions?agency=" + a.itemId(),
                decisions.recentlyPublished(a.agencyId(), ENTRIES));
    }

    private TemplateInstance feed(String title, String self, String alternate, List<PublishedDecision> rows) {
        Instant updated = rows.isEmpty() ? Instant.EPOCH : rows.get(0).publishedAt();
        return Templates.atom(new Feed(title, links.absolute(self), links.absolute(self), links.absolute(alternate),
                updated.toString(), site.operator(), rows.stream().map(d -> new Entry(
                        d.agencyName() + d.decisionType().label() + "决定 " + d.documentNumber(),
                        links.absolute("/decisions/" + d.itemId()), links.absolute("/decisions/" + d.itemId()),
                        d.publishedAt().toString(), d.agencyName(), d.decisionType().label(),
                        "当事人：" + d.partyName() + "；决定日期：" + Formats.date(d.decisionDate()) + "。"
                                + (d.changeNote() == null ? "" : "更正说明：" + d.changeNote())))
                        .toList()));
    }
}
