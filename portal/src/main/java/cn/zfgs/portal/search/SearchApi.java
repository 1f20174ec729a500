package cn.zfgs.portal.search;

import cn.zfgs.search.SearchService;
import cn.zfgs.search.query.QueryRejected;
import cn.zfgs.search.query.SearchRequest;
import cn.zfgs.search.query.SearchResults;
import cn.zfgs.search.query.SearchSort;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 检索接口 — the search as JSON, with the parameters of the search page. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "检索", description = "全文检索执法决定、执法事项、执法人员与服务指南")
public class SearchApi {

    private static final String PATH = "/api/v1/search";

    /** A page of results. {@code next} is the URL of the next page, or null on the last. */
    public record Page(long total, int page, String next, List<Hit> hits, List<SearchResults.Facet> facets) {
    }

    /** One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text with {@code <mark>} only. */
    public record Hit(String kind, String kindLabel, long id, String url, String title, String titleHtml,
            String party, String code, String agencyName, String type, String typeLabel, LocalDate date,
            BigDecimal amount, String snippetHtml) {
    }

    /** Why a request was refused, naming the parameter. */
    public record Problem(String parameter, String message) {
    }

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "检索公开信息",
            description = "检索式支持词语、\"带引号的短语\"和 -排除词；其余字符按普通文字处理。按相关度排序时用 page 翻页"
                    + "（最多 10000 条），按日期排序时用上一页返回的 next 链接（after 参数）翻页，深度不限。")
    @Parameters({
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "检索式，最多 200 字、12 个词或短语"),
        @Parameter(name = "kind", in = ParameterIn.QUERY, description = "信息类别：decisions、items、officers、guides"),
        @Parameter(name = "type", in = ParameterIn.QUERY,
                description = "决定或事项类别：licensing、penalty、coercion、inspection、levy、fee、other"),
        @Parameter(name = "agency", in = ParameterIn.QUERY, description = "执法主体编号，含其下级机关"),
        @Parameter(name = "region", in = ParameterIn.QUERY, description = "6 位行政区划代码，含下级区划"),
        @Parameter(name = "year", in = ParameterIn.QUERY, description = "年份（决定日期；其他信息为公示日期）"),
        @Parameter(name = "amount", in = ParameterIn.QUERY,
                description = "罚款金额区间：under-10k、from-10k、from-100k、from-1m"),
        @Parameter(name = "sort", in = ParameterIn.QUERY,
                description = "relevance（有检索词时默认）、newest（无检索词时默认）、oldest"),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "页码，仅用于按相关度排序"),
        @Parameter(name = "after", in = ParameterIn.QUERY, description = "翻页位置，取自上一页的 next 链接"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "每页条数，1 至 50，默认 20"),
        @Parameter(name = "facets", in = ParameterIn.QUERY, description = "是否计算分面（默认 true；只翻页时可设为 false 以加快响应）")
    })
    @APIResponse(responseCode = "200", description = "一页检索结果及分面计数",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "参数无效，说明哪个参数违反了什么规则",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public Response search(@BeanParam SearchParameters parameters) {
        SearchRequest request;
        try {
            request = SearchRequest.parse(parameters.raw());
        } catch (QueryRejected e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new Problem(e.parameter(), e.getMessage()))
                    .build();
        }
        SearchResults results = search.search(request);
        return Response.ok(new Page(results.total(), request.page(), next(request, results),
                results.hits().stream().map(h -> new Hit(h.kind(), h.kindLabel(), h.itemId(), h.url(), h.title(),
                        h.titleHtml(), h.party(), h.code(), h.agencyName(), h.type(), h.typeLabel(), h.date(),
                        h.amount(), h.snippetHtml())).toList(),
                results.facets())).build();
    }

    private static String next(SearchRequest request, SearchResults results) {
        Map<String, String> p = new LinkedHashMap<>(SearchParameters.filters(request));
        p.put("sort", request.sort().parameter());
        if (request.size() != SearchRequest.DEFAULT_SIZE) {
            p.put("size", Integer.toString(request.size()));
        }
        if (!request.facets()) {
            p.put("facets", "false");
        }
        if (request.sort() == SearchSort.RELEVANCE) {
            long shown = (long) request.page() * request.size();
            if (shown >= results.total() || shown + request.size() > SearchRequest.MAX_RELEVANCE_DEPTH) {
                return null;
            }
            p.put("page", Integer.toString(request.page() + 1));
        } else {
            if (results.next() == null) {
                return null;
            }
            p.put("after", results.next().token());
        }
        return SearchParameters.link(PATH, p);
    }
}
