package cn.zfgs.portal.search;

import java.util.List;

/**
 * 检索页 — what the search page shows: the query as understood, an error if the request was refused, the facets
 * as links, the results with their escaped highlights, and the paging links.
 */
public record SearchPage(String query, String error, boolean ready, long total, List<HitView> hits,
        List<FacetView> facets, List<LinkView> activeFilters, List<LinkView> sorts, String previousUrl,
        String nextUrl, int page, long tookMillis) {

    /** One result. {@code titleHtml} and {@code snippetHtml} are escaped HTML with {@code <mark>} only. */
    public record HitView(String kind, String kindLabel, String kindSymbol, String url, String titleHtml,
            String party, String code, String agencyName, String typeLabel, String date, String amount,
            String snippetHtml) {
    }

    /** A facet with its values as links. */
    public record FacetView(String label, List<LinkView> values) {
    }

    /** A link: a facet value with its count, an active filter to remove, or a sort order. */
    public record LinkView(String label, String url, long count, boolean selected) {
    }

    public boolean searched() {
        return error == null;
    }
}
