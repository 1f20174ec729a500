package cn.zfgs.content.law;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 法律法规 — one version of a law, administrative regulation or department rule, with its articles.
 *
 * <p>Immutable. The {@link #id()} is {@code <short title>-<version date>}, e.g.
 * {@code 药品管理法-2019-08-26}: readable, stable for as long as that version exists, and distinct
 * for each version, so a link to a quoted article keeps pointing at the text that was quoted.
 */
public final class Law {

    /** The prefix national laws carry in their full title and usually drop when cited. */
    public static final String PRC_PREFIX = "中华人民共和国";

    private final String title;
    private final String shortTitle;
    private final String category;
    private final LocalDate versionDate;
    private final String sourcePath;
    private final List<String> history;
    private final List<Article> articles;
    private final Map<ArticleNumber, Article> byNumber;

    /**
     * @param title       full title, e.g. 中华人民共和国药品管理法
     * @param category    category folder, e.g. 行政法, 行政法规, 部门规章
     * @param versionDate date of this version (from the file name)
     * @param sourcePath  path of the source file relative to the law folder, e.g. 行政法/药品管理法(2019-08-26).md
     * @param history     the dated lines: adoption, amendments, promulgation
     * @param articles    the articles, in strictly increasing order of number
     */
    public Law(String title, String category, LocalDate versionDate, String sourcePath,
               List<String> history, List<Article> articles) {
        this.title = requireText(title, "title");
        this.shortTitle = shortTitleOf(title);
        this.category = requireText(category, "category");
        this.versionDate = Objects.requireNonNull(versionDate, "versionDate");
        this.sourcePath = requireText(sourcePath, "sourcePath");
        this.history = List.copyOf(history);
        this.articles = List.copyOf(articles);
        if (this.articles.isEmpty()) {
            throw new IllegalArgumentException("《" + shortTitle + "》没有条文");
        }
        this.byNumber = new HashMap<>(this.articles.size() * 2);
        ArticleNumber previous = null;
        for (Article a : this.articles) {
            if (previous != null && a.number().compareTo(previous) <= 0) {
                throw new IllegalArgumentException("《" + shortTitle + "》条文序号未严格递增：" + a.label() + "在" + previous.label() + "之后");
            }
            byNumber.put(a.number(), a);
            previous = a.number();
        }
    }

    /**
     * The title as cited: whitespace and surrounding 《》 removed, and the 中华人民共和国 prefix
     * dropped, so that 《中华人民共和国药品管理法》 and 药品管理法 give the same key.
     */
    public static String shortTitleOf(String title) {
        String t = title.strip();
        if (t.length() >= 2 && t.charAt(0) == '《' && t.charAt(t.length() - 1) == '》') {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.startsWith(PRC_PREFIX) && t.length() > PRC_PREFIX.length()) {
            t = t.substring(PRC_PREFIX.length());
        }
        return t;
    }

    /** {@code <short title>-<version date>}, e.g. 药品管理法-2019-08-26; see the class comment. */
    public String id() {
        return shortTitle + "-" + versionDate;
    }

    /** Full title, e.g. 中华人民共和国药品管理法. */
    public String title() {
        return title;
    }

    /** Title without the 中华人民共和国 prefix, e.g. 药品管理法; the form used in citations. */
    public String shortTitle() {
        return shortTitle;
    }

    /** Category folder: 行政法, 经济法, 行政法规, 部门规章 … */
    public String category() {
        return category;
    }

    public LocalDate versionDate() {
        return versionDate;
    }

    public String sourcePath() {
        return sourcePath;
    }

    /** The dated lines before the articles: adoption, revisions, amendments, promulgation. */
    public List<String> history() {
        return history;
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(ArticleNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** Shorthand for {@code article(ArticleNumber.of(number))}. */
    public Optional<Article> article(int number) {
        return article(ArticleNumber.of(number));
    }

    /** The last article, which tells the reader how far the numbering goes. */
    public Article lastArticle() {
        return articles.get(articles.size() - 1);
    }

    private static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return s;
    }

    @Override
    public String toString() {
        return "《" + shortTitle + "》(" + versionDate + ", " + articles.size() + "条)";
    }
}
