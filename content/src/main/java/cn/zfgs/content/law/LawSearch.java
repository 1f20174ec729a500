package cn.zfgs.content.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法律依据检索 — what staff type to find a legal basis (药品管理法 98, 药品管理法第九十八条, 《食品安全法》) read as a
 * title fragment and an optional article, answered from the catalogue with the citation to use and the article's text.
 */
public final class LawSearch {

    /** One law found; {@code citation} and {@code articleText} are set when the query named an existing article. */
    public record Hit(String title, String shortTitle, String citation, String articleText, String note) {
    }

    /** A title, then an article number after a blank or a 第: 药品管理法 98, 药品管理法第98条, 药品管理法第九十八条之一. */
    private static final Pattern TITLE_AND_ARTICLE = Pattern.compile(
            "^(.+?)(?:[\\s\\u3000]+第?|第)([0-9０-９零〇一二两三四五六七八九十百千]+)条?(之[0-9０-９一二三四五六七八九十]+)?$");
    private static final int MAX_HITS = 10;
    private static final int MAX_QUERY = 100;

    private LawSearch() {
    }

    /** At most ten hits, best first; none for a blank or over-long query. */
    public static List<Hit> find(LawCatalogue catalogue, String query) {
        if (query == null || query.isBlank() || query.length() > MAX_QUERY) {
            return List.of();
        }
        String q = LawParser.clean(query).replace("《", "").replace("》", "");
        String title = q;
        ArticleNumber article = null;
        Matcher m = TITLE_AND_ARTICLE.matcher(q);
        if (m.matches()) {
            try {
                article = ArticleNumber.parse("第" + m.group(2) + "条" + (m.group(3) == null ? "" : m.group(3)));
                title = m.group(1);
            } catch (IllegalArgumentException notAnArticle) {
                article = null;
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Law law : catalogue.search(title)) {
            if (hits.size() == MAX_HITS) {
                break;
            }
            if (article == null) {
                hits.add(new Hit(law.title(), law.shortTitle(), null, null,
                        "共 " + law.articles().size() + " 条；在查询中加上条号（如“" + law.shortTitle() + " 10”）以选用具体条文"));
                continue;
            }
            Optional<Article> found = law.article(article);
            if (found.isPresent()) {
                hits.add(new Hit(law.title(), law.shortTitle(),
                        new LegalBasis(law.shortTitle(), article).citation(), found.get().text(), null));
            } else {
                hits.add(new Hit(law.title(), law.shortTitle(), null, null,
                        "《" + law.shortTitle() + "》没有" + article.label() + "（共 " + law.articles().size() + " 条）"));
            }
        }
        return List.copyOf(hits);
    }
}
