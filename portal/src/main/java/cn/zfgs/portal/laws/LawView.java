package cn.zfgs.portal.laws;

import cn.zfgs.content.law.Article;
import cn.zfgs.content.law.Law;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 法律法规全文 — a law's page: its history, then its articles grouped under their headings, each with an anchor. */
public record LawView(String id, String title, String category, String versionDate, List<String> history,
        List<Heading> headings, List<LawLine> otherVersions, PageMeta meta) {

    /** A heading (编, 章 or 节; empty for laws without chapters) and the articles under it. */
    public record Heading(String text, int level, List<ArticleLine> articles) {
    }

    /** One article: its anchor (article-98), label and paragraphs. */
    public record ArticleLine(String anchor, String label, List<String> paragraphs) {
    }

    /** Another law in a list: its page, title, category and version date. */
    public record LawLine(String href, String title, String category, String versionDate, int articles) {

        static LawLine of(Law law) {
            return new LawLine(Links.law(law), law.title(), law.category(), date(law), law.articles().size());
        }
    }

    static LawView of(Law law, List<Law> versions, PageMeta meta) {
        List<Heading> headings = new ArrayList<>();
        List<ArticleLine> under = null;
        String part = null;
        String chapter = null;
        String section = null;
        for (Article a : law.articles()) {
            String p = a.part().orElse(null);
            String c = a.chapter().orElse(null);
            String s = a.section().orElse(null);
            boolean partChanged = under == null || !Objects.equals(p, part);
            boolean chapterChanged = partChanged || !Objects.equals(c, chapter);
            boolean sectionChanged = chapterChanged || !Objects.equals(s, section);
            if (partChanged && p != null) {
                headings.add(new Heading(p, 2, new ArrayList<>()));
            }
            int chapterLevel = p == null ? 2 : 3;
            if (chapterChanged && c != null) {
                headings.add(new Heading(c, chapterLevel, new ArrayList<>()));
            }
            if (sectionChanged && s != null) {
                headings.add(new Heading(s, c == null ? chapterLevel : chapterLevel + 1, new ArrayList<>()));
            }
            if (headings.isEmpty()) {
                headings.add(new Heading("", 2, new ArrayList<>()));
            }
            if (sectionChanged) {
                under = headings.get(headings.size() - 1).articles();
            }
            part = p;
            chapter = c;
            section = s;
            under.add(new ArticleLine(Links.anchor(a.number()), a.label(), a.paragraphs()));
        }
        return new LawView(law.id(), law.title(), law.category(), date(law), law.history(), headings,
                versions.stream().filter(v -> v != law).map(LawLine::of).toList(), meta);
    }

    private static String date(Law law) {
        var d = law.versionDate();
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
