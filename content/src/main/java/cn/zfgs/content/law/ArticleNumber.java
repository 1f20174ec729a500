package cn.zfgs.content.law;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 条文序号 — the number of an article: 第十条, or 第十条之一 for an article inserted by an
 * amendment after 第十条 without renumbering the rest.
 *
 * @param number the article number, 1..9999
 * @param suffix the 之N suffix, or 0 for none
 */
public record ArticleNumber(int number, int suffix) implements Comparable<ArticleNumber> {

    private static final String NUMERAL = "[0-9０-９]+|[零〇一二两三四五六七八九十百千]+";
    private static final Pattern FORM = Pattern.compile("第(" + NUMERAL + ")条(?:之(" + NUMERAL + "))?");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000\\u00A0\\u200B]+");

    public ArticleNumber {
        if (number < 1 || number > ChineseNumerals.MAX) {
            throw new IllegalArgumentException("条文序号应在 1 至 " + ChineseNumerals.MAX + " 之间：" + number);
        }
        if (suffix < 0 || suffix > 99) {
            throw new IllegalArgumentException("“之”后的序号应在 1 至 99 之间：" + suffix);
        }
    }

    /** 第{@code number}条. */
    public static ArticleNumber of(int number) {
        return new ArticleNumber(number, 0);
    }

    /** 第{@code number}条之{@code suffix}. */
    public static ArticleNumber of(int number, int suffix) {
        return new ArticleNumber(number, suffix);
    }

    /**
     * Reads 第十条, 第十条之一, 第10条, 第１０条 or 第10条之1; blanks inside are ignored
     * (people type 第 10 条).
     *
     * @throws IllegalArgumentException with a Chinese message naming the input
     */
    public static ArticleNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("条文序号为空，应写作第X条，例如第一百一十五条");
        }
        String compact = BLANKS.matcher(text).replaceAll("");
        Matcher m = FORM.matcher(compact);
        if (!m.matches()) {
            throw new IllegalArgumentException("无法识别条文序号“" + text.strip() + "”，应写作第X条或第X条之X，例如第一百一十五条");
        }
        try {
            int number = numeral(m.group(1));
            int suffix = m.group(2) == null ? 0 : numeral(m.group(2));
            if (m.group(2) != null && suffix == 0) {
                throw new IllegalArgumentException("“之”后的序号不能为零");
            }
            return new ArticleNumber(number, suffix);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("无法识别条文序号“" + text.strip() + "”：" + e.getMessage(), e);
        }
    }

    private static int numeral(String s) {
        char first = s.charAt(0);
        if ((first >= '0' && first <= '9') || (first >= '０' && first <= '９')) {
            if (s.length() > 4) {
                throw new IllegalArgumentException("数字过大");
            }
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                n = n * 10 + (c >= '０' ? c - '０' : c - '0');
            }
            return n;
        }
        return ChineseNumerals.parse(s);
    }

    public boolean hasSuffix() {
        return suffix > 0;
    }

    /** The label as printed in the law: 第一百一十五条, 第十条之一. */
    public String label() {
        String base = "第" + ChineseNumerals.format(number) + "条";
        return hasSuffix() ? base + "之" + ChineseNumerals.format(suffix) : base;
    }

    /** 第十条 &lt; 第十条之一 &lt; 第十条之二 &lt; 第十一条: the order of the text. */
    @Override
    public int compareTo(ArticleNumber o) {
        int c = Integer.compare(number, o.number);
        return c != 0 ? c : Integer.compare(suffix, o.suffix);
    }

    @Override
    public String toString() {
        return label();
    }
}
