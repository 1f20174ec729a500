package cn.zfgs.portal.search;

import cn.zfgs.search.query.SearchRequest;
import jakarta.ws.rs.QueryParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 检索参数 — the query parameters the search page and the JSON API share, bound from the request as given, and
 * the links that change one of them.
 */
public class SearchParameters {

    @QueryParam("q")
    String q;
    @QueryParam("kind")
    String kind;
    @QueryParam("type")
    String type;
    @QueryParam("agency")
    String agency;
    @QueryParam("region")
    String region;
    @QueryParam("year")
    String year;
    @QueryParam("amount")
    String amount;
    @QueryParam("sort")
    String sort;
    @QueryParam("page")
    String page;
    @QueryParam("after")
    String after;
    @QueryParam("size")
    String size;
    @QueryParam("facets")
    String facets;

    SearchRequest.Parameters raw() {
        return new SearchRequest.Parameters(q, kind, type, agency, region, year, amount, sort, page, after, size,
                facets);
    }

    /** The filters of a valid request, in link order, without paging. */
    static Map<String, String> filters(SearchRequest r) {
        Map<String, String> p = new LinkedHashMap<>();
        if (!r.query().isEmpty()) {
            p.put("q", r.query().canonical());
        }
        if (r.kind() != null) {
            p.put("kind", r.kind().pathSegment());
        }
        if (r.type() != null) {
            p.put("type", r.type().name().toLowerCase());
        }
        if (r.agency() != null) {
            p.put("agency", r.agency().toString());
        }
        if (r.region() != null) {
            p.put("region", r.region());
        }
        if (r.year() != null) {
            p.put("year", r.year().toString());
        }
        if (r.amount() != null) {
            p.put("amount", r.amount().parameter());
        }
        return p;
    }

    static String link(String path, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
