package cn.zfgs.content.law;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 法律条文 — one article of a law, with where it stands (编, 章, 节) and its text.
 *
 * <p>The text is kept as the paragraphs of the source, in order; the first paragraph is what
 * follows the label 第X条 on its line. Paragraphs are not the same as 款: an enumerated item
 * （一）… (a 项) is a paragraph of its own too, so the portal can quote the text faithfully but
 * does not number 款 from it.
 */
public final class Article {

    private final ArticleNumber number;
    private final String part;
    private final String chapter;
    private final String section;
    private final List<String> paragraphs;

    /**
     * @param part       编 heading, e.g. "第二编 分则", or null
     * @param chapter    章 heading (or another chapter-level heading such as 附则), e.g. "第一章 总则", or null
     * @param section    节 heading, e.g. "第一节 一般规定", or null
     * @param paragraphs the text, one entry a paragraph, without the label
     */
    public Article(ArticleNumber number, String part, String chapter, String section, List<String> paragraphs) {
        this.number = Objects.requireNonNull(number, "number");
        this.part = part;
        this.chapter = chapter;
        this.section = section;
        this.paragraphs = List.copyOf(paragraphs);
    }

    public ArticleNumber number() {
        return number;
    }

    /** 第一百一十五条 — the label as printed. */
    public String label() {
        return number.label();
    }

    public Optional<String> part() {
        return Optional.ofNullable(part);
    }

    /** The chapter heading, e.g. "第五章 行政处罚的决定"; empty for laws without chapters. */
    public Optional<String> chapter() {
        return Optional.ofNullable(chapter);
    }

    /** The section heading within the chapter, e.g. "第一节 一般规定". */
    public Optional<String> section() {
        return Optional.ofNullable(section);
    }

    /** The paragraphs of the article, in order, without the label. */
    public List<String> paragraphs() {
        return paragraphs;
    }

    /** The text without the label, paragraphs separated by a line break. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    /** The article as printed: label, a space, then the text. */
    public String fullText() {
        return paragraphs.isEmpty() ? label() : label() + " " + text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a
                && number.equals(a.number)
                && Objects.equals(part, a.part)
                && Objects.equals(chapter, a.chapter)
                && Objects.equals(section, a.section)
                && paragraphs.equals(a.paragraphs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, chapter, section, paragraphs);
    }

    @Override
    public String toString() {
        String text = text();
        return label() + " " + (text.length() > 30 ? text.substring(0, 30) + "…" : text);
    }
}
