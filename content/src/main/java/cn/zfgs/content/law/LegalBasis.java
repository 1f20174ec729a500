package cn.zfgs.content.law;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 执法依据 — a legal basis as stored by enforcement items and decisions: a law and an article,
 * e.g. 《药品管理法》第一百一十五条.
 *
 * <p>Holds the title as given, without 《》; {@link LawCatalogue#check} returns the canonical
 * form (short title, e.g. 药品管理法), which is what should be stored. This record does not know
 * whether the law or the article exists: that is the catalogue's job.
 *
 * @param lawTitle the law's title, e.g. 药品管理法 (《》 and surrounding blanks are removed)
 * @param article  the article number
 */
public record LegalBasis(String lawTitle, ArticleNumber article) {

    private static final Pattern SUB_ARTICLE = Pattern.compile(".*条[\\s\\u3000]*第.+[款项目].*");
    static final String EXAMPLE = "《药品管理法》第一百一十五条";

    public LegalBasis {
        Objects.requireNonNull(lawTitle, "lawTitle");
        Objects.requireNonNull(article, "article");
        lawTitle = stripBrackets(lawTitle);
        if (lawTitle.isEmpty()) {
            throw new IllegalArgumentException("执法依据缺少法律名称，应写作" + EXAMPLE);
        }
    }

    /** 《药品管理法》第一百一十五条. */
    public String citation() {
        return "《" + lawTitle + "》" + article.label();
    }

    /**
     * Reads a citation: 《中华人民共和国药品管理法》第一百一十五条, 《药品管理法》第115条,
     * 药品管理法第一百一十五条. Syntax only; the title is kept as written.
     *
     * @throws IllegalArgumentException with a Chinese message saying what is wrong
     */
    public static LegalBasis parse(String citation) {
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("执法依据为空，应写作" + EXAMPLE);
        }
        String c = LawParser.clean(citation);
        if (SUB_ARTICLE.matcher(c).matches()) {
            throw new IllegalArgumentException("执法依据“" + c + "”引用了款、项；目录只核对到条，请写作《法律名称》第X条，例如" + EXAMPLE);
        }
        String title;
        String number;
        int close = c.lastIndexOf('》');
        if (c.startsWith("《") && close > 0) {
            title = c.substring(1, close);
            number = c.substring(close + 1);
        } else {
            int at = c.lastIndexOf('第');
            if (at <= 0) {
                throw unrecognised(c);
            }
            title = c.substring(0, at);
            number = c.substring(at);
        }
        if (title.isBlank() || number.isBlank()) {
            throw unrecognised(c);
        }
        try {
            return new LegalBasis(title, ArticleNumber.parse(number));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("执法依据“" + c + "”中" + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException unrecognised(String c) {
        return new IllegalArgumentException("无法识别执法依据“" + c + "”，应写作《法律名称》第X条，例如" + EXAMPLE);
    }

    private static String stripBrackets(String title) {
        String t = LawParser.clean(title);
        if (t.startsWith("《")) {
            t = t.substring(1);
        }
        if (t.endsWith("》")) {
            t = t.substring(0, t.length() - 1);
        }
        return LawParser.clean(t);
    }

    @Override
    public String toString() {
        return citation();
    }
}
