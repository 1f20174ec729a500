package cn.zfgs.content.law;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法律文本解析 — reads one law file of the form
 *
 * <pre>
 * # 中华人民共和国药品管理法
 *
 * 1984年9月20日 第六届全国人民代表大会常务委员会第七次会议通过
 * …
 * &lt;!-- INFO END --&gt;
 *
 * ## 第一章 总则
 *
 * 第一条 为了加强药品管理，…
 * </pre>
 *
 * <p>The file's path gives the category (its first folder) and the version date
 * ({@code 名称(YYYY-MM-DD).md}). Each non-blank line is a paragraph. An article starts with a
 * paragraph {@code 第X条} (or {@code 第X条之Y}) followed by a blank or the end of the line, and runs
 * until the next article or heading. Headings are classified by what they say, not by their
 * level, because the level varies between files (## 章 in most, ### 章 under ## 编 in codes).
 * Text that belongs to no article (a preamble, an appendix under its own heading) is not kept:
 * the catalogue exists to quote articles.
 */
public final class LawParser {

    private static final String NUMERAL = "[零〇一二两三四五六七八九十百千]+";
    /** 第X条 then a blank (ASCII, full-width or no-break) or the end: 第十条的规定… is not an article. */
    private static final Pattern ARTICLE_START =
            Pattern.compile("^第(" + NUMERAL + ")条(?:之(" + NUMERAL + "))?(?:[\\s\\u3000\\u00A0]+|$)");
    private static final Pattern HEADING_LABEL =
            Pattern.compile("^(第" + NUMERAL + "(分编|编|章|节))[\\s\\u3000]*(.*)$");
    /** Typographic spacing inside a heading (总 则, 附　则) is dropped; other spaces become one. */
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000\\u00A0]+(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern HISTORY_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日.*");
    private static final Pattern FILE_NAME = Pattern.compile("^(.+)\\((\\d{4}-\\d{2}-\\d{2})\\)\\.md$");
    private static final String INFO_END = "<!-- INFO END -->";

    private LawParser() {
    }

    /** Reads {@code file} (UTF-8); its path relative to {@code root} names category and version. */
    public static Law parse(Path root, Path file) throws IOException {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return parse(relative, Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * @param sourcePath path relative to the law folder, e.g. 行政法/药品管理法(2019-08-26).md
     * @param text       the file's content
     * @throws LawFormatException naming the file, the line and the problem
     */
    public static Law parse(String sourcePath, String text) {
        String path = sourcePath.replace('\\', '/');
        int slash = path.indexOf('/');
        if (slash <= 0) {
            throw new LawFormatException(path, 0, "路径应为“分类/名称(YYYY-MM-DD).md”，缺少分类目录");
        }
        String category = path.substring(0, slash);
        LocalDate versionDate = versionDate(path);
        return new Run(path, text).parse(category, versionDate);
    }

    private static LocalDate versionDate(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new LawFormatException(path, 0, "文件名缺少版本日期，应为“名称(YYYY-MM-DD).md”");
        }
        try {
            return LocalDate.parse(m.group(2));
        } catch (DateTimeParseException e) {
            throw new LawFormatException(path, 0, "文件名中的版本日期“" + m.group(2) + "”不是有效日期");
        }
    }

    /** Removes blanks at both ends, including full-width spaces and invisible zero-width marks. */
    static String clean(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    /** "第一章  总 则" → "第一章 总则"; "附　则" → "附则": one space after the label, none inside the name. */
    static String normalizeHeading(String heading) {
        String h = SPACES.matcher(heading).replaceAll(" ").strip();
        Matcher m = HEADING_LABEL.matcher(h);
        if (!m.matches()) {
            return SPACE_BETWEEN_HAN.matcher(h).replaceAll("");
        }
        String name = SPACE_BETWEEN_HAN.matcher(m.group(3)).replaceAll("");
        return name.isEmpty() ? m.group(1) : m.group(1) + " " + name;
    }

    /** The state of one parse; not shared. */
    private static final class Run {
        private final String path;
        private final String[] lines;
        private final List<Article> articles = new ArrayList<>();
        private final Map<ArticleNumber, Integer> lineOf = new HashMap<>();
        private String part;
        private String chapter;
        private String section;
        private ArticleNumber current;
        private int currentLine;
        private final List<String> paragraphs = new ArrayList<>();

        Run(String path, String text) {
            this.path = path;
            this.lines = text.split("\\R", -1);
        }

        Law parse(String category, LocalDate versionDate) {
            int i = 0;
            while (i < lines.length && clean(lines[i]).isEmpty()) {
                i++;
            }
            String first = i < lines.length ? clean(lines[i]) : "";
            if (!first.startsWith("# ") && !(first.startsWith("#") && !first.startsWith("##"))) {
                throw new LawFormatException(path, i < lines.length ? i + 1 : 0, "缺少标题：第一个非空行应为“# 法律名称”");
            }
            String title = normalizeHeading(first.substring(1));
            if (title.isEmpty()) {
                throw new LawFormatException(path, i + 1, "标题为空");
            }
            List<String> history = new ArrayList<>();
            i = readHistory(i + 1, history);
            readBody(i);
            if (articles.isEmpty()) {
                throw new LawFormatException(path, 0, "没有找到任何条文（条文应以“第X条”开头）");
            }
            return new Law(title, category, versionDate, path, history, articles);
        }

        /**
         * Reads the dated lines up to the INFO END marker, or up to the first heading or article
         * if the marker is missing. A line that does not start with a date continues the line
         * before it (some sources wrap a long amendment title).
         */
        private int readHistory(int i, List<String> history) {
            for (; i < lines.length; i++) {
                String s = clean(lines[i]);
                if (s.isEmpty()) {
                    continue;
                }
                if (s.equals(INFO_END)) {
                    return i + 1;
                }
                if (s.startsWith("#") || ARTICLE_START.matcher(s).find()) {
                    return i;
                }
                if (HISTORY_LINE.matcher(s).matches() || history.isEmpty()) {
                    history.add(s);
                } else {
                    int last = history.size() - 1;
                    history.set(last, history.get(last) + s);
                }
            }
            return i;
        }

        private void readBody(int from) {
            for (int i = from; i < lines.length; i++) {
                String s = clean(lines[i]);
                if (s.isEmpty()) {
                    continue;
                }
                if (s.startsWith("#")) {
                    finishArticle();
                    heading(normalizeHeading(s.replaceFirst("^#+", "")));
                    continue;
                }
                Matcher m = ARTICLE_START.matcher(s);
                if (m.find()) {
                    finishArticle();
                    startArticle(number(m, i + 1), i + 1);
                    String rest = s.substring(m.end());
                    if (!rest.isEmpty()) {
                        paragraphs.add(rest);
                    }
                } else if (current != null) {
                    paragraphs.add(s);
                }
                // else: text before the first article or under a non-article heading; not kept
            }
            finishArticle();
        }

        private void heading(String h) {
            Matcher m = HEADING_LABEL.matcher(h);
            String kind = m.matches() ? m.group(2) : "";
            switch (kind) {
                case "编", "分编" -> {
                    part = h;
                    chapter = null;
                    section = null;
                }
                case "节" -> section = h;
                default -> { // 章, or a chapter-level heading without a number such as 附则
                    chapter = h;
                    section = null;
                }
            }
        }

        private ArticleNumber number(Matcher m, int line) {
            try {
                int n = ChineseNumerals.parse(m.group(1));
                int suffix = m.group(2) == null ? 0 : ChineseNumerals.parse(m.group(2));
                return new ArticleNumber(n, suffix);
            } catch (IllegalArgumentException e) {
                throw new LawFormatException(path, line, "条文序号“" + m.group().strip() + "”无法识别：" + e.getMessage());
            }
        }

        private void startArticle(ArticleNumber n, int line) {
            Integer seen = lineOf.get(n);
            if (seen != null) {
                throw new LawFormatException(path, line, "条文序号重复：" + n.label() + "（第" + seen + "行已有）");
            }
            if (!articles.isEmpty()) {
                ArticleNumber previous = articles.get(articles.size() - 1).number();
                if (n.compareTo(previous) < 0) {
                    throw new LawFormatException(path, line, "条文顺序错乱：" + n.label() + "出现在" + previous.label() + "之后");
                }
            }
            lineOf.put(n, line);
            current = n;
            currentLine = line;
        }

        private void finishArticle() {
            if (current == null) {
                return;
            }
            if (paragraphs.isEmpty()) {
                throw new LawFormatException(path, currentLine, current.label() + "没有正文");
            }
            articles.add(new Article(current, part, chapter, section, paragraphs));
            paragraphs.clear();
            current = null;
        }
    }
}
