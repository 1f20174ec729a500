package cn.zfgs.search.index;

import cn.zfgs.search.analysis.ChineseAnalyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurer;

import java.util.List;

/**
 * 索引映射 — how a {@link SearchDocument} becomes index fields. Declared in code rather than with annotations:
 * Hibernate Search finds annotations through Jandex, which cannot read the classes of a Quarkus application
 * (quarkusio/quarkus#37772; inside Quarkus the annotated type came out unmapped), while a programmatic mapping
 * needs no scanning at all.
 *
 * <ul>
 *   <li>{@code title}, {@code body}, {@code agency}: word-segmented text ({@link ChineseAnalyzers#words()}), which
 *       ranks and highlights;
 *   <li>{@code titleGrams}, {@code bodyGrams}, {@code party}, {@code code}: bigrams, for any part of a name, title
 *       or 文号, and for words the segmenter cut differently in the text than in the query;
 *   <li>{@code partyExact}, {@code codeExact}: the whole value without punctuation, for exact matches that rank first;
 *   <li>{@code kind}, {@code type}, {@code agencyPath}, {@code regionPath}, {@code year}, {@code amount}: facets;
 *   <li>{@code date}, {@code sortKey}: sort order and search-after.
 * </ul>
 */
public final class SearchDocumentMapping implements StandalonePojoMappingConfigurer {

    @Override
    public void configure(StandalonePojoMappingConfigurationContext context) {
        context.addEntityType(SearchDocument.class, SearchDocument.ENTITY);
        TypeMappingStep type = context.programmaticMapping().type(SearchDocument.class);
        type.indexed().index(SearchDocument.INDEX);
        type.property("key").documentId()
                .keywordField("sortKey").sortable(Sortable.YES);
        type.property("kind").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
        type.property("itemId").genericField().projectable(Projectable.YES).searchable(Searchable.NO);
        type.property("title")
                .fullTextField().analyzer(ChineseAnalyzers.WORDS).projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.UNIFIED))
                .fullTextField("titleGrams").analyzer(ChineseAnalyzers.BIGRAMS)
                .searchAnalyzer(ChineseAnalyzers.BIGRAM_QUERY);
        type.property("party")
                .fullTextField().analyzer(ChineseAnalyzers.BIGRAMS).searchAnalyzer(ChineseAnalyzers.BIGRAM_QUERY)
                .projectable(Projectable.YES)
                .keywordField("partyExact").normalizer(ChineseAnalyzers.COMPACT);
        type.property("code")
                .fullTextField().analyzer(ChineseAnalyzers.BIGRAMS).searchAnalyzer(ChineseAnalyzers.BIGRAM_QUERY)
                .projectable(Projectable.YES)
                .keywordField("codeExact").normalizer(ChineseAnalyzers.COMPACT);
        type.property("body")
                .fullTextField().analyzer(ChineseAnalyzers.WORDS).projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.UNIFIED))
                .fullTextField("bodyGrams").analyzer(ChineseAnalyzers.BIGRAMS)
                .searchAnalyzer(ChineseAnalyzers.BIGRAM_QUERY);
        type.property("agencyName")
                .fullTextField("agency").analyzer(ChineseAnalyzers.WORDS)
                .keywordField("agencyName").projectable(Projectable.YES).searchable(Searchable.NO);
        type.property("type").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
        type.property("agencyPath").keywordField().aggregable(Aggregable.YES);
        type.property("regionPath").keywordField().aggregable(Aggregable.YES);
        type.property("date").genericField().sortable(Sortable.YES).projectable(Projectable.YES);
        type.property("year").genericField().aggregable(Aggregable.YES);
        type.property("amount").scaledNumberField().decimalScale(2).aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
    }
}
