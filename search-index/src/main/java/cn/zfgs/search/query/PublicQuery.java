package cn.zfgs.search.query;

import cn.zfgs.search.analysis.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * 检索式 — what the public may type in the search box: words, "quoted phrases" and -exclusions (also -"phrases").
 * Nothing else is syntax: Lucene operators, brackets, wildcards, field names, an unbalanced quote are plain text, and
 * a term with no letter or digit in it is dropped. Too long a query, or too many terms, is rejected with a message.
 *
 * <p>The text is normalised first ({@link TextNormalizer#query}): full-width forms, traditional characters and
 * Chinese quotation marks (“”「」『』) become their plain equivalents, control characters spaces.
 */
public record PublicQuery(List<String> words, List<String> phrases, List<String> excluded,
        List<String> excludedPhrases) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 12;

    public PublicQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        excludedPhrases = List.copyOf(excludedPhrases);
    }

    public static PublicQuery parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new PublicQuery(List.of(), List.of(), List.of(), List.of());
        }
        if (raw.codePointCount(0, raw.length()) > MAX_LENGTH) {
            throw new QueryRejected("q", "搜索词过长：最多 " + MAX_LENGTH + " 个字，当前 "
                    + raw.codePointCount(0, raw.length()) + " 个字，请缩短后再试。");
        }
        String text = unifyQuotes(TextNormalizer.query(raw));
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> excludedPhrases = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1));
            int start = negated ? i + 1 : i;
            if (text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                if (close > 0) {
                    String phrase = text.substring(start + 1, close).strip();
                    if (meaningful(phrase)) {
                        (negated ? excludedPhrases : phrases).add(phrase);
                    }
                    i = close + 1;
                    continue;
                }
                // An unbalanced quote is text: drop the mark and read on as words.
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(start, end).replace("\"", "");
            if (meaningful(word)) {
                (negated ? excluded : words).add(word);
            }
            i = end;
        }
        int terms = words.size() + phrases.size() + excluded.size() + excludedPhrases.size();
        if (terms > MAX_TERMS) {
            throw new QueryRejected("q", "搜索词过多：最多 " + MAX_TERMS + " 个词或短语，当前 " + terms + " 个。");
        }
        return new PublicQuery(words, phrases, excluded, excludedPhrases);
    }

    /** Whether there is nothing to look for: every document matches (less the exclusions). */
    public boolean matchesAll() {
        return words.isEmpty() && phrases.isEmpty();
    }

    public boolean isEmpty() {
        return matchesAll() && excluded.isEmpty() && excludedPhrases.isEmpty();
    }

    /** The query written back in its canonical form, for the search box and links. */
    public String canonical() {
        List<String> parts = new ArrayList<>(words);
        phrases.forEach(p -> parts.add('"' + p + '"'));
        excluded.forEach(e -> parts.add("-" + e));
        excludedPhrases.forEach(e -> parts.add("-\"" + e + '"'));
        return String.join(" ", parts);
    }

    private static boolean meaningful(String term) {
        return term.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String unifyQuotes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case '“', '”', '「', '」', '『', '』', '＂' -> '"';
                default -> c;
            });
        }
        return out.toString();
    }
}
