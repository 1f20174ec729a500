package cn.zfgs.search.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 检索结果 — one page of hits with the facet counts of the whole result. Every HTML string here has been escaped
 * by {@link SafeHighlight}; everything else is plain text.
 */
public record SearchResults(long total, List<Hit> hits, List<Facet> facets, int page, Cursor next, long tookMillis) {

    /** One result: what it is, where it links, and its highlighted title and snippet. */
    public record Hit(String kind, String kindLabel, long itemId, String url, String title, String titleHtml,
            String party, String code, String agencyName, String type, String typeLabel, LocalDate date,
            BigDecimal amount, String snippetHtml) {
    }

    /** A facet and its values with their counts; {@code parameter} is the request parameter that selects a value. */
    public record Facet(String parameter, String label, List<Bucket> buckets) {
    }

    /** One value of a facet. */
    public record Bucket(String value, String label, long count, boolean selected) {
    }
}
