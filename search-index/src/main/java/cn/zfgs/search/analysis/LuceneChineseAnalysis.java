package cn.zfgs.search.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers {@link ChineseAnalyzers} with the Lucene backend under the names the mapping uses. */
public class LuceneChineseAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ChineseAnalyzers.WORDS).instance(ChineseAnalyzers.words());
        context.analyzer(ChineseAnalyzers.BIGRAMS).instance(ChineseAnalyzers.bigrams());
        context.analyzer(ChineseAnalyzers.BIGRAM_QUERY).instance(ChineseAnalyzers.bigramQuery());
        context.normalizer(ChineseAnalyzers.COMPACT).instance(ChineseAnalyzers.compact());
    }
}
