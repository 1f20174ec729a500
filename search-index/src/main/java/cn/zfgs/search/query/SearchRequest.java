package cn.zfgs.search.query;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.search.index.SearchKinds;

/**
 * 检索请求 — a parsed, validated public search: the query, the facet filters, the order and the page.
 * {@link #parse} turns the raw request parameters into one, or throws {@link QueryRejected} naming the parameter.
 */
public record SearchRequest(PublicQuery query, ContentKind kind, DecisionType type, Long agency, String region,
        Integer year, AmountRange amount, SearchSort sort, int page, Cursor after, int size, boolean facets) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;
    /** Relevance-ordered results are paged by position up to here; date order pages by search-after without limit. */
    public static final int MAX_RELEVANCE_DEPTH = 10_000;

    /** The raw request parameters, any of which may be null. */
    public record Parameters(String q, String kind, String type, String agency, String region, String year,
            String amount, String sort, String page, String after, String size, String facets) {
    }

    public static SearchRequest parse(Parameters p) {
        PublicQuery query = PublicQuery.parse(p.q());
        SearchSort sort = blank(p.sort()) ? (query.matchesAll() ? SearchSort.NEWEST : SearchSort.RELEVANCE)
                : SearchSort.ofParameter(p.sort());
        int size = blank(p.size()) ? DEFAULT_SIZE : number(p.size(), "size", "每页条数", 1, MAX_SIZE);
        int page = blank(p.page()) ? 1 : number(p.page(), "page", "页码", 1, MAX_RELEVANCE_DEPTH);
        Cursor after = blank(p.after()) ? null : Cursor.parse(p.after());
        if (after != null && sort == SearchSort.RELEVANCE) {
            throw new QueryRejected("after", "翻页参数 after 只用于按日期排序的结果；按相关度排序请使用 page。");
        }
        if (page > 1 && sort != SearchSort.RELEVANCE) {
            throw new QueryRejected("page", "按日期排序的结果请用“下一页”链接（after 参数）翻页，不使用 page。");
        }
        if ((long) page * size > MAX_RELEVANCE_DEPTH) {
            throw new QueryRejected("page", "按相关度排序最多可翻到第 " + (MAX_RELEVANCE_DEPTH / size)
                    + " 页；请缩小检索范围，或改为按日期排序后继续翻页。");
        }
        return new SearchRequest(query, blank(p.kind()) ? null : kind(p.kind()),
                blank(p.type()) ? null : type(p.type()),
                blank(p.agency()) ? null : (long) number(p.agency(), "agency", "执法主体", 1, Integer.MAX_VALUE),
                blank(p.region()) ? null : region(p.region()),
                blank(p.year()) ? null : number(p.year(), "year", "年份", 1949, 2999),
                blank(p.amount()) ? null : AmountRange.ofParameter(p.amount()),
                sort, page, after, size, facets(p.facets()));
    }


    /** Facet counts cost a pass over every hit; API clients that only page through results may turn them off. */
    private static boolean facets(String raw) {
        if (blank(raw) || raw.strip().equals("true")) {
            return true;
        }
        if (raw.strip().equals("false")) {
            return false;
        }
        throw new QueryRejected("facets", "分面计数（facets）应为 true 或 false。");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int number(String raw, String parameter, String name, int min, int max) {
        String s = raw.strip();
        if (s.length() > 10 || !s.chars().allMatch(Character::isDigit)) {
            throw new QueryRejected(parameter, name + "（" + parameter + "）应为 " + min + " 至 " + max + " 之间的整数。");
        }
        long value = Long.parseLong(s);
        if (value < min || value > max) {
            throw new QueryRejected(parameter, name + "（" + parameter + "）应为 " + min + " 至 " + max + " 之间的整数。");
        }
        return (int) value;
    }

    private static ContentKind kind(String raw) {
        for (ContentKind k : SearchKinds.ALL) {
            if (k.pathSegment().equals(raw) || k.name().equalsIgnoreCase(raw)) {
                return k;
            }
        }
        throw new QueryRejected("kind", "信息类别（kind）无效：应为 decisions、items、officers 或 guides。");
    }

    private static DecisionType type(String raw) {
        for (DecisionType t : DecisionType.values()) {
            if (t.name().equalsIgnoreCase(raw)) {
                return t;
            }
        }
        throw new QueryRejected("type", "决定类别（type）无效：应为 licensing、penalty、coercion、inspection、levy、fee 或 other。");
    }

    private static String region(String raw) {
        String s = raw.strip();
        if (!s.matches("\\d{6}")) {
            throw new QueryRejected("region", "行政区划（region）应为 6 位数字代码，例如 360100。");
        }
        return s;
    }
}
