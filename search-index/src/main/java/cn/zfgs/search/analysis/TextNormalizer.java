package cn.zfgs.search.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * 文本规范化 — what both sides of a search agree on before Lucene sees the text: full-width forms folded to
 * half-width (ＡＢＣ１２３ → ABC123, the ideographic space to a space), traditional characters to simplified, and
 * control, format and private-use characters removed. The private-use ones matter: the highlighter marks hits with
 * two of them, so a text that contained them could otherwise forge a mark.
 */
public final class TextNormalizer {

    /** Start and end of a highlighted hit, never present in normalised text. */
    public static final char MARK_START = '\uE000';
    public static final char MARK_END = '\uE001';

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    // ICU transliterators are not safe for concurrent use; one per thread.
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private TextNormalizer() {
    }

    /** A query as typed, made comparable with the index: width folded, simplified, without control characters. */
    public static String query(String raw) {
        if (raw == null) {
            return "";
        }
        return TO_SIMPLIFIED.get().transliterate(NFKC.normalize(stripInvisible(raw)));
    }

    /** A text about to be indexed: kept as published, less the characters that can never be shown. */
    public static String document(String text) {
        return text == null ? null : stripInvisible(text);
    }

    /** Control, format, private-use and lone surrogate characters become spaces; the rest is kept. */
    static String stripInvisible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED -> c != '\n';
                case Character.SURROGATE -> !pairedSurrogate(s, i);
                default -> false;
            };
            if (drop && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(drop ? ' ' : c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
