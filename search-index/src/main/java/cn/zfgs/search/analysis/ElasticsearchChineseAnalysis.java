package cn.zfgs.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analysis as {@link ChineseAnalyzers}, for an Elasticsearch or OpenSearch cluster. It needs the cluster's
 * official {@code analysis-smartcn} and {@code analysis-icu} plugins ({@code smartcn_tokenizer}, {@code icu_normalizer},
 * {@code icu_transform}); {@code cjk_bigram} and {@code pattern_replace} are built in.
 */
public class ElasticsearchChineseAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter("nfkc_casefold").type("icu_normalizer").param("name", "nfkc_cf");
        context.charFilter("strip_punctuation").type("pattern_replace")
                .param("pattern", "[^\\p{L}\\p{N}]+").param("replacement", "");
        context.tokenFilter("to_simplified").type("icu_transform").param("id", "Traditional-Simplified");
        context.tokenFilter("bigrams_and_unigrams").type("cjk_bigram").param("output_unigrams", true);
        context.tokenFilter("bigrams_only").type("cjk_bigram").param("output_unigrams", false);

        context.analyzer(ChineseAnalyzers.WORDS).custom()
                .tokenizer("smartcn_tokenizer")
                .charFilters("nfkc_casefold")
                .tokenFilters("to_simplified", "lowercase");
        context.analyzer(ChineseAnalyzers.BIGRAMS).custom()
                .tokenizer("standard")
                .charFilters("nfkc_casefold")
                .tokenFilters("to_simplified", "bigrams_and_unigrams", "lowercase");
        context.analyzer(ChineseAnalyzers.BIGRAM_QUERY).custom()
                .tokenizer("standard")
                .charFilters("nfkc_casefold")
                .tokenFilters("to_simplified", "bigrams_only", "lowercase");
        context.normalizer(ChineseAnalyzers.COMPACT).custom()
                .charFilters("nfkc_casefold", "strip_punctuation");
    }
}
