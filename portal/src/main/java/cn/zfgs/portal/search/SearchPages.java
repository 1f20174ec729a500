package cn.zfgs.portal.search;

import cn.zfgs.portal.site.Formats;
import cn.zfgs.search.query.SearchRequest;
import cn.zfgs.search.query.SearchResults;
import cn.zfgs.search.query.SearchSort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns search results into the page's view: facet, filter, sort and paging links keep every other parameter. */
final class SearchPages {

    static final String PATH = "/search";

    private SearchPages() {
    }

    static SearchPage of(SearchRequest request, SearchResults results, boolean ready) {
        Map<String, String> filters = SearchParameters.filters(request);
        Map<String, String> withSort = new LinkedHashMap<>(filters);
        if (request.sort() != SearchSort.RELEVANCE || request.query().matchesAll()) {
            withSort.put("sort", request.sort().parameter());
        }
        List<SearchPage.FacetView> facets = new ArrayList<>();
        List<SearchPage.LinkView> active = new ArrayList<>();
        for (SearchResults.Facet facet : results.facets()) {
            List<SearchPage.LinkView> values = new ArrayList<>();
            for (SearchResults.Bucket b : facet.buckets()) {
                Map<String, String> p = new LinkedHashMap<>(withSort);
                if (b.selected()) {
                    p.remove(facet.parameter());
                    active.add(new SearchPage.LinkView(facet.label() + "：" + b.label(),
                            SearchParameters.link(PATH, p), b.count(), true));
                } else {
                    p.put(facet.parameter(), b.value());
                }
                values.add(new SearchPage.LinkView(b.label(), SearchParameters.link(PATH, p), b.count(), b.selected()));
            }
            if (!values.isEmpty()) {
                facets.add(new SearchPage.FacetView(facet.label(), values));
            }
        }
        List<SearchPage.LinkView> sorts = new ArrayList<>();
        for (SearchSort s : SearchSort.values()) {
            if (s == SearchSort.RELEVANCE && request.query().matchesAll()) {
                continue;
            }
            Map<String, String> p = new LinkedHashMap<>(filters);
            p.put("sort", s.parameter());
            sorts.add(new SearchPage.LinkView(s.label(), SearchParameters.link(PATH, p), 0, s == request.sort()));
        }
        String previous = null;
        String next = null;
        if (request.sort() == SearchSort.RELEVANCE) {
            if (request.page() > 1) {
                Map<String, String> p = new LinkedHashMap<>(withSort);
                if (request.page() > 2) {
                    p.put("page", Integer.toString(request.page() - 1));
                }
                previous = SearchParameters.link(PATH, p);
            }
            boolean more = (long) request.page() * request.size() < results.total()
                    && (long) (request.page() + 1) * request.size() <= SearchRequest.MAX_RELEVANCE_DEPTH;
            if (more) {
                Map<String, String> p = new LinkedHashMap<>(withSort);
                p.put("page", Integer.toString(request.page() + 1));
                next = SearchParameters.link(PATH, p);
            }
        } else if (results.next() != null) {
            Map<String, String> p = new LinkedHashMap<>(withSort);
            p.put("after", results.next().token());
            next = SearchParameters.link(PATH, p);
        }
        if (request.after() != null) {
            previous = SearchParameters.link(PATH, withSort);
        }
        return new SearchPage(request.query().canonical(), null, ready, results.total(),
                results.hits().stream().map(SearchPages::hit).toList(), facets, active, sorts, previous, next,
                request.page(), results.tookMillis());
    }

    static SearchPage refused(String query, String message) {
        return new SearchPage(query, message, true, 0, List.of(), List.of(), List.of(), List.of(), null, null, 1, 0);
    }

    private static SearchPage.HitView hit(SearchResults.Hit h) {
        return new SearchPage.HitView(h.kind().toLowerCase(), h.kindLabel(), symbol(h.kind()), h.url(), h.titleHtml(),
                h.party(), h.code(), h.agencyName(), h.typeLabel(), Formats.date(h.date()), Formats.yuan(h.amount()),
                h.snippetHtml());
    }

    /** The one character on a result's type icon. */
    private static String symbol(String kind) {
        return switch (kind) {
            case "DECISION" -> "决";
            case "ENFORCEMENT_ITEM" -> "项";
            case "OFFICER" -> "人";
            case "SERVICE_GUIDE" -> "指";
            default -> "文";
        };
    }
}
