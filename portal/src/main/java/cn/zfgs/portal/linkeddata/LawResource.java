package cn.zfgs.portal.linkeddata;

import cn.zfgs.content.law.Article;
import cn.zfgs.content.law.Law;
import cn.zfgs.portal.errors.PublicErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * 法律法规全文 — the page a law's stable URI sends browsers to: the text of one version, every article with an
 * anchor ({@code #article-115}) that the article URIs and the legal bases of decisions point at.
 */
@Path("/laws")
@Produces(MediaType.TEXT_HTML)
public class LawResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(LawPage law);
    }

    /** 法律全文页 — one law version and its articles. */
    public record LawPage(String id, String title, String versionDate, String category, List<String> history,
            String uri, List<ArticleLine> articles) {
    }

    /** 条文 — an article with its anchor and the heading it starts, if any. */
    public record ArticleLine(String anchor, String label, String heading, List<String> paragraphs, String uri) {
    }

    @Inject
    LawDescriptions laws;
    @Inject
    EntityUris uris;

    @GET
    @Path("/{law: [^/]+}")
    public TemplateInstance show(@PathParam("law") String id) {
        Law law = laws.catalogue().byId(id).orElseThrow(() -> PublicErrors.notFound("法律法规目录中没有“" + id + "”"));
        List<ArticleLine> articles = new java.util.ArrayList<>();
        String chapter = null;
        for (Article a : law.articles()) {
            String heading = a.chapter().orElse(null);
            String shown = heading != null && !heading.equals(chapter) ? heading : null;
            chapter = heading;
            articles.add(new ArticleLine("article-" + EntityUris.articleSegment(a.number()), a.label(), shown,
                    a.paragraphs(), uris.article(law.id(), a.number())));
        }
        return Templates.show(new LawPage(law.id(), law.title(), law.versionDate().toString(), law.category(),
                law.history(), uris.law(law.id()), articles));
    }
}
