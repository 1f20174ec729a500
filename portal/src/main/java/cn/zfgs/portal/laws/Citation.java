package cn.zfgs.portal.laws;

import java.util.List;

/**
 * 执法依据引文 — a legal basis as a page shows it: the citation as published, and, when the law catalogue knows the
 * article, a link to it in its law's page and the article's text to quote.
 */
public record Citation(String text, String href, String lawTitle, String articleLabel, List<String> paragraphs) {

    public boolean resolved() {
        return href != null;
    }
}
