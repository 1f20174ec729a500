package cn.zfgs.portal.linkeddata;

import cn.zfgs.content.law.Article;
import cn.zfgs.content.law.ArticleNumber;
import cn.zfgs.content.law.Law;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.portal.linkeddata.vocab.ELI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 法律法规的关联数据 — each version of a law the catalogue holds is an ELI {@code LegalResource}, each article a
 * {@code LegalResourceSubdivision} of it; decisions and items link to the articles they cite.
 */
@ApplicationScoped
public class LawDescriptions {

    private final EntityUris uris;
    private final LawCatalogue catalogue = LawCatalogue.shipped();

    @Inject
    public LawDescriptions(EntityUris uris) {
        this.uris = uris;
    }

    /** 法律（JSON） — a law version and its articles. */
    public record LawView(String uri, String id, String title, String shortTitle, String category, String versionDate,
            List<String> history, List<ArticleView> articles) {
    }

    /** 条文（JSON） — one article. */
    public record ArticleView(String uri, String law, String label, String chapter, String text) {
    }

    public LawCatalogue catalogue() {
        return catalogue;
    }

    public Optional<Description> law(String lawId) {
        return catalogue.byId(lawId).map(law -> {
            List<Triple> triples = new ArrayList<>();
            describeLaw(law, triples::add);
            List<ArticleView> articles = law.articles().stream().map(a -> view(law, a)).toList();
            return Description.of(uris.law(law.id()), page(law, null), triples,
                    new LawView(uris.law(law.id()), law.id(), law.title(), law.shortTitle(), law.category(),
                            law.versionDate().toString(), law.history(), articles));
        });
    }

    public Optional<Description> article(String lawId, ArticleNumber number) {
        return catalogue.byId(lawId).flatMap(law -> law.article(number).map(article -> {
            List<Triple> triples = new ArrayList<>();
            describeArticle(law, article, new RdfOut(triples::add));
            return Description.of(uris.article(law.id(), number), page(law, number), triples, view(law, article));
        }));
    }

    /** Every triple of every law in the catalogue, for the RDF read model. */
    public void describeAll(Consumer<Triple> sink) {
        for (Law law : catalogue.laws()) {
            describeLaw(law, sink);
        }
    }

    /** The portal's page of the law, at the article's anchor when one is given. */
    public static String page(Law law, ArticleNumber number) {
        return "/laws/" + law.id() + (number == null ? "" : "#article-" + EntityUris.articleSegment(number));
    }

    private void describeLaw(Law law, Consumer<Triple> sink) {
        RdfOut out = new RdfOut(sink);
        Node s = RdfOut.uri(uris.law(law.id()));
        out.type(s, ELI.LegalResource);
        out.type(s, SchemaDO.Legislation);
        out.text(s, ELI.title, law.title());
        out.text(s, ELI.titleShort, law.shortTitle());
        out.text(s, RDFS.label, "《" + law.shortTitle() + "》（" + law.versionDate() + "）");
        out.date(s, ELI.dateDocument, law.versionDate());
        out.text(s, ELI.typeDocument, law.category());
        for (Article article : law.articles()) {
            out.link(s, ELI.hasPart, uris.article(law.id(), article.number()));
            describeArticle(law, article, out);
        }
    }

    private void describeArticle(Law law, Article article, RdfOut out) {
        Node a = RdfOut.uri(uris.article(law.id(), article.number()));
        out.type(a, ELI.LegalResourceSubdivision);
        out.link(a, ELI.isPartOf, uris.law(law.id()));
        out.text(a, ELI.number, article.label());
        out.text(a, RDFS.label, "《" + law.shortTitle() + "》" + article.label());
        out.text(a, ResourceFactory.createProperty("https://schema.org/text"), article.text());
    }

    private ArticleView view(Law law, Article article) {
        return new ArticleView(uris.article(law.id(), article.number()), uris.law(law.id()), article.label(),
                article.chapter().orElse(null), article.text());
    }
}
