package cn.zfgs.search.query;

import cn.zfgs.search.analysis.TextNormalizer;

/**
 * 安全高亮 — turns a highlighted fragment into HTML: the whole text is escaped first, then the highlighter's marks
 * (two private-use characters that indexed text never contains) become {@code <mark>} elements. Markup in a
 * published text is thus shown as text, and only the index's own (already redacted) text can appear.
 */
public final class SafeHighlight {

    private SafeHighlight() {
    }

    public static String toHtml(String fragment) {
        if (fragment == null) {
            return "";
        }
        // Adjacent hits (复方|丹参|滴丸, segmented) read as one.
        fragment = fragment.replace(String.valueOf(TextNormalizer.MARK_END) + TextNormalizer.MARK_START, "");
        StringBuilder out = new StringBuilder(fragment.length() + 32);
        boolean open = false;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case TextNormalizer.MARK_START -> {
                    if (!open) {
                        out.append("<mark>");
                        open = true;
                    }
                }
                case TextNormalizer.MARK_END -> {
                    if (open) {
                        out.append("</mark>");
                        open = false;
                    }
                }
                default -> out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    /**
     * At most about {@code length} characters of a fragment, starting a little before its first hit, with … where
     * text was cut. The highlighter cuts at sentence ends, and Chinese sentences in decisions run long.
     */
    public static String excerpt(String fragment, int length) {
        if (fragment == null || fragment.length() <= length) {
            return fragment == null ? "" : fragment;
        }
        int hit = fragment.indexOf(TextNormalizer.MARK_START);
        int start = hit < 0 ? 0 : Math.max(0, Math.min(hit - length / 4, fragment.length() - length));
        int end = Math.min(fragment.length(), start + length);
        return (start > 0 ? "…" : "") + fragment.substring(start, end) + (end < fragment.length() ? "…" : "");
    }

    /** Plain text escaped for HTML, for fields shown without highlighting. */
    public static String escape(String text) {
        return toHtml(text == null ? null : text.replace(TextNormalizer.MARK_START, ' ')
                .replace(TextNormalizer.MARK_END, ' '));
    }
}
