package cn.zfgs.search.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * 中文分析器 — the Lucene analyzers of the index. All of them fold width and case (ICU NFKC_Casefold) before
 * tokenising and map traditional characters to simplified, so 藥品, ＧＳＰ and 药品/gsp meet in the index.
 *
 * <ul>
 *   <li>{@link #words()}: SmartChineseAnalyzer's word segmentation (HMM), for running text: facts, results, bases;
 *   <li>{@link #bigrams()} / {@link #bigramQuery()}: overlapping two-character grams, for names, 文号 and titles, so
 *       that any part of a company name or a masked personal name (王某某) finds it. The index side also keeps single
 *       characters, so one-character queries work; the query side uses the bigrams alone, which behaves like a
 *       substring search;
 *   <li>{@link #compact()}: a normalizer (one token) without any punctuation or space, so that 赣药监罚〔2024〕12号,
 *       赣药监罚[2024]12号 and 赣药监罚2024 12号 are the same exact 文号.
 * </ul>
 */
public final class ChineseAnalyzers {

    public static final String WORDS = "chinese_words";
    public static final String BIGRAMS = "chinese_bigrams";
    public static final String BIGRAM_QUERY = "chinese_bigram_query";
    public static final String COMPACT = "compact";

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ChineseAnalyzers() {
    }

    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new ICUTransformFilter(tokenizer, simplified());
                stream = new StopFilter(new LowerCaseFilter(stream), SmartChineseAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    public static Analyzer bigrams() {
        return bigrams(true);
    }

    public static Analyzer bigramQuery() {
        return bigrams(false);
    }

    private static Analyzer bigrams(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ICUTransformFilter(tokenizer, simplified());
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }
        };
    }

    public static Analyzer compact() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new PatternReplaceCharFilter(NOT_LETTER_OR_DIGIT, "",
                        new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD));
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return initReader(fieldName, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new ICUTransformFilter(tokenizer, simplified()));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUTransformFilter(in, simplified());
            }
        };
    }

    private static Transliterator simplified() {
        return Transliterator.getInstance("Traditional-Simplified");
    }
}
