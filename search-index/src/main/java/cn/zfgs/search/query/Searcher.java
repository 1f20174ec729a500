package cn.zfgs.search.query;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.search.analysis.TextNormalizer;
import cn.zfgs.search.index.AgencyDirectory;
import cn.zfgs.search.index.IndexedHit;
import cn.zfgs.search.index.SearchDocument;
import cn.zfgs.search.index.SearchIndex;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 检索 — runs a {@link SearchRequest} against the index: every word must match somewhere (an exact 文号 or party
 * first, then a part of a name, 文号 or title, then the running text), every phrase must appear as written, no
 * exclusion may match; facet counts are computed over the whole filtered result; highlights come from the indexed
 * projection text and are escaped before they are marked.
 */
public final class Searcher {

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kind");
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> AGENCIES = AggregationKey.of("agency");
    private static final AggregationKey<Map<String, Long>> REGIONS = AggregationKey.of("region");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");
    private static final AggregationKey<Map<Range<BigDecimal>, Long>> AMOUNTS = AggregationKey.of("amount");
    private static final int FRAGMENT = 90;
    private static final List<Range<BigDecimal>> AMOUNT_RANGES = java.util.Arrays.stream(AmountRange.values())
            .map(r -> Range.canonical(r.from(), r.to())).toList();

    private final SearchIndex index;

    public Searcher(SearchIndex index) {
        this.index = index;
    }

    public SearchResults search(SearchRequest request) {
        AgencyDirectory agencies = index.agencies();
        try (SearchSession session = index.mapping().createSession()) {
            var options = session.search(SearchDocument.class)
                    .select(f -> f.composite().from(
                            f.id(String.class), f.field("kind", String.class), f.field("itemId", Long.class),
                            f.field("title", String.class), f.field("party", String.class),
                            f.field("code", String.class), f.field("agencyName", String.class),
                            f.field("type", String.class), f.field("date", LocalDate.class),
                            f.field("amount", BigDecimal.class), f.highlight("title"), f.highlight("body"),
                            f.field("body", String.class))
                            .asArray(Searcher::indexedHit))
                    .where(f -> predicate(f, request))
                    .sort(f -> sort(f, request.sort()))
                    // The unified highlighter cannot cut a fragment without a match (any other size is ignored with
                    // a warning on every query); hit() cuts it to FRAGMENT characters.
                    .highlighter(h -> h.unified().tag(String.valueOf(TextNormalizer.MARK_START),
                            String.valueOf(TextNormalizer.MARK_END))
                            .numberOfFragments(1).noMatchSize(Integer.MAX_VALUE));
            if (request.facets()) {
                options = options
                        .aggregation(KINDS, f -> f.terms().field("kind", String.class).maxTermCount(10))
                        .aggregation(TYPES, f -> f.terms().field("type", String.class).maxTermCount(10))
                        .aggregation(AGENCIES, f -> f.terms().field("agencyPath", String.class).maxTermCount(50))
                        .aggregation(REGIONS, f -> f.terms().field("regionPath", String.class).maxTermCount(50))
                        .aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(30))
                        .aggregation(AMOUNTS, f -> f.range().field("amount", BigDecimal.class).ranges(AMOUNT_RANGES));
            }
            var query = options.toQuery();
            int offset = request.sort() == SearchSort.RELEVANCE ? (request.page() - 1) * request.size() : 0;
            // One more than a page tells whether a next page exists.
            SearchResult<IndexedHit> result = query.fetch(offset, request.size() + 1);
            List<IndexedHit> found = result.hits();
            boolean more = found.size() > request.size();
            List<IndexedHit> page = more ? found.subList(0, request.size()) : found;
            Cursor next = null;
            if (more && request.sort() != SearchSort.RELEVANCE) {
                IndexedHit last = page.get(page.size() - 1);
                next = new Cursor(last.date(), last.key());
            }
            return new SearchResults(result.total().hitCount(), page.stream().map(Searcher::hit).toList(),
                    request.facets() ? facets(result, request, agencies) : List.of(), request.page(), next,
                    result.took().toMillis());
        }
    }

    @SuppressWarnings("unchecked")
    private static IndexedHit indexedHit(Object[] v) {
        return new IndexedHit((String) v[0], (String) v[1], (Long) v[2], (String) v[3], (String) v[4], (String) v[5],
                (String) v[6], (String) v[7], (LocalDate) v[8], (BigDecimal) v[9], (List<String>) v[10],
                (List<String>) v[11], (String) v[12]);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchRequest r) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        PublicQuery q = r.query();
        if (q.matchesAll()) {
            bool.must(f.matchAll());
        }
        q.words().forEach(w -> bool.must(word(f, w, true)));
        q.phrases().forEach(p -> bool.must(phrase(f, p)));
        q.excluded().forEach(w -> bool.mustNot(word(f, w, false)));
        q.excludedPhrases().forEach(p -> bool.mustNot(phrase(f, p)));
        if (r.kind() != null) {
            bool.filter(f.match().field("kind").matching(r.kind().name()));
        }
        if (r.type() != null) {
            bool.filter(f.match().field("type").matching(r.type().name()));
        }
        if (r.agency() != null) {
            bool.filter(f.match().field("agencyPath").matching(r.agency().toString()));
        }
        if (r.region() != null) {
            bool.filter(f.match().field("regionPath").matching(r.region()));
        }
        if (r.year() != null) {
            bool.filter(f.match().field("year").matching(r.year()));
        }
        if (r.amount() != null) {
            bool.filter(f.range().field("amount").within(Range.canonical(r.amount().from(), r.amount().to())));
        }
        if (r.after() != null) {
            bool.filter(after(f, r.after(), r.sort()));
        }
        return bool;
    }

    /** Search-after on (date, key): strictly beyond the last hit of the previous page in the sort order. */
    private static SearchPredicate after(SearchPredicateFactory f, Cursor c, SearchSort sort) {
        boolean newest = sort == SearchSort.NEWEST;
        var sameDay = f.bool()
                .must(f.match().field("date").matching(c.date()))
                .must(newest ? f.range().field("sortKey").lessThan(c.key())
                        : f.range().field("sortKey").greaterThan(c.key()));
        return f.bool()
                .should(newest ? f.range().field("date").lessThan(c.date())
                        : f.range().field("date").greaterThan(c.date()))
                .should(sameDay)
                .toPredicate();
    }

    private static SearchPredicate word(SearchPredicateFactory f, String w, boolean ranked) {
        float exact = ranked ? 40 : 1;
        return f.bool()
                .should(f.match().field("codeExact").matching(w).boost(exact))
                .should(f.match().field("partyExact").matching(w).boost(ranked ? 20 : 1))
                .should(f.match().field("code").matching(w).minimumShouldMatchPercent(100).boost(ranked ? 6 : 1))
                .should(f.match().field("party").matching(w).minimumShouldMatchPercent(100).boost(ranked ? 6 : 1))
                .should(f.match().field("titleGrams").matching(w).minimumShouldMatchPercent(100)
                        .boost(ranked ? 3 : 1))
                .should(f.match().field("title").matching(w).minimumShouldMatchPercent(100).boost(ranked ? 3 : 1))
                .should(f.match().field("body").matching(w).minimumShouldMatchPercent(100))
                .should(f.match().field("bodyGrams").matching(w).minimumShouldMatchPercent(100)
                        .boost(ranked ? 0.5f : 1))
                .should(f.match().field("agency").matching(w).minimumShouldMatchPercent(100)
                        .boost(ranked ? 0.5f : 1))
                .toPredicate();
    }

    private static SearchPredicate phrase(SearchPredicateFactory f, String p) {
        return f.bool()
                .should(f.phrase().field("title").matching(p).boost(3))
                .should(f.phrase().field("titleGrams").matching(p).boost(3))
                .should(f.phrase().field("party").matching(p).boost(6))
                .should(f.phrase().field("code").matching(p).boost(6))
                .should(f.phrase().field("body").matching(p))
                .should(f.phrase().field("bodyGrams").matching(p).boost(0.5f))
                .toPredicate();
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field("date").desc().then().field("sortKey").asc();
            case NEWEST -> f.field("date").order(SortOrder.DESC).then().field("sortKey").order(SortOrder.DESC);
            case OLDEST -> f.field("date").order(SortOrder.ASC).then().field("sortKey").order(SortOrder.ASC);
        };
    }

    private static SearchResults.Hit hit(IndexedHit h) {
        ContentKind kind = ContentKind.valueOf(h.kind());
        String titleHtml = h.titleHighlights().isEmpty() ? SafeHighlight.escape(h.title())
                : SafeHighlight.toHtml(h.titleHighlights().get(0));
        String snippet = h.bodyHighlights().isEmpty() ? SafeHighlight.escape(SafeHighlight.excerpt(h.body(), FRAGMENT))
                : SafeHighlight.toHtml(SafeHighlight.excerpt(h.bodyHighlights().get(0), FRAGMENT));
        DecisionType type = h.type() == null ? null : DecisionType.valueOf(h.type());
        return new SearchResults.Hit(kind.name(), kind.label(), h.itemId(),
                "/" + kind.pathSegment() + "/" + h.itemId(), h.title(), titleHtml, h.party(), h.code(),
                h.agencyName(), type == null ? null : type.name(), type == null ? null : type.label(), h.date(),
                h.amount(), snippet.strip());
    }

    private static List<SearchResults.Facet> facets(SearchResult<IndexedHit> result, SearchRequest r,
            AgencyDirectory agencies) {
        List<SearchResults.Facet> facets = new ArrayList<>();
        Map<String, Long> kinds = result.aggregation(KINDS);
        facets.add(new SearchResults.Facet("kind", "信息类别", ordered(kinds, k -> ContentKind.valueOf(k),
                k -> ContentKind.valueOf(k).pathSegment(), k -> ContentKind.valueOf(k).label(),
                r.kind() == null ? null : r.kind().pathSegment(), Comparator.comparing(ContentKind::ordinal))));
        Map<String, Long> types = result.aggregation(TYPES);
        facets.add(new SearchResults.Facet("type", "决定类别", ordered(types, DecisionType::valueOf,
                t -> t.toLowerCase(), t -> DecisionType.valueOf(t).label(),
                r.type() == null ? null : r.type().name().toLowerCase(), Comparator.comparing(DecisionType::ordinal))));
        facets.add(new SearchResults.Facet("agency", "执法主体（含下级）",
                buckets(result.aggregation(AGENCIES), v -> {
                    String name = agencies.name(Long.parseLong(v));
                    return name == null ? "执法主体 " + v : name;
                }, r.agency() == null ? null : r.agency().toString(), false)));
        facets.add(new SearchResults.Facet("region", "行政区划",
                buckets(result.aggregation(REGIONS), v -> {
                    String name = agencies.regionName(v);
                    return name == null ? v : name;
                }, r.region(), true)));
        Map<String, Long> years = new LinkedHashMap<>();
        result.aggregation(YEARS).entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                .forEach(e -> years.put(e.getKey().toString(), e.getValue()));
        facets.add(new SearchResults.Facet("year", "年份", years.entrySet().stream()
                .map(e -> new SearchResults.Bucket(e.getKey(), e.getKey() + "年", e.getValue(),
                        e.getKey().equals(r.year() == null ? null : r.year().toString())))
                .toList()));
        Map<Range<BigDecimal>, Long> amounts = result.aggregation(AMOUNTS);
        List<SearchResults.Bucket> amountBuckets = new ArrayList<>();
        for (AmountRange a : AmountRange.values()) {
            long count = amounts.getOrDefault(Range.canonical(a.from(), a.to()), 0L);
            if (count > 0 || a == r.amount()) {
                amountBuckets.add(new SearchResults.Bucket(a.parameter(), a.label(), count, a == r.amount()));
            }
        }
        facets.add(new SearchResults.Facet("amount", "罚款金额", amountBuckets));
        return facets;
    }

    private static <E> List<SearchResults.Bucket> ordered(Map<String, Long> counts, Function<String, E> parse,
            Function<String, String> parameter, Function<String, String> label, String selected,
            Comparator<E> order) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing(e -> parse.apply(e.getKey()), order))
                .map(e -> new SearchResults.Bucket(parameter.apply(e.getKey()), label.apply(e.getKey()), e.getValue(),
                        parameter.apply(e.getKey()).equals(selected)))
                .toList();
    }

    private static List<SearchResults.Bucket> buckets(Map<String, Long> counts, Function<String, String> label,
            String selected, boolean byValue) {
        var stream = counts.entrySet().stream().filter(e -> e.getValue() > 0);
        stream = byValue ? stream.sorted(Map.Entry.comparingByKey())
                : stream.sorted(Map.Entry.<String, Long>comparingByValue().reversed());
        return stream.map(e -> new SearchResults.Bucket(e.getKey(), label.apply(e.getKey()), e.getValue(),
                e.getKey().equals(selected))).toList();
    }
}
