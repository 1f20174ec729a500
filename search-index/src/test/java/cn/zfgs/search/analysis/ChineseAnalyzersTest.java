package cn.zfgs.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalyzersTest {

    @Test
    void wordsAreSegmentedAndTraditionalOrFullWidthTextMeetsSimplified() throws IOException {
        assertThat(tokens(ChineseAnalyzers.words(), "销售过期药品")).contains("销售", "过期", "药品");
        // Queries are simplified before analysis, so that the segmenter (a simplified-Chinese dictionary) sees words;
        // traditional text inside a document still meets them character by character.
        assertThat(tokens(ChineseAnalyzers.words(), TextNormalizer.query("銷售過期藥品")))
                .isEqualTo(tokens(ChineseAnalyzers.words(), "销售过期药品"));
        assertThat(tokens(ChineseAnalyzers.words(), "藥")).containsExactly("药");
        assertThat(tokens(ChineseAnalyzers.words(), "ＧＳＰ认证")).contains("gsp");
    }

    @Test
    void bigramsFindPartsOfNamesAndMaskedNames() throws IOException {
        assertThat(tokens(ChineseAnalyzers.bigramQuery(), "王某某")).containsExactly("王某", "某某");
        assertThat(tokens(ChineseAnalyzers.bigrams(), "进贤县王某某药店")).contains("王某", "某某", "王", "药店");
        assertThat(tokens(ChineseAnalyzers.bigramQuery(), "王")).containsExactly("王");
    }

    @Test
    void documentNumbersCompareWithoutBracketsSpacesOrWidth() throws IOException {
        List<String> canonical = tokens(ChineseAnalyzers.compact(), "赣药监罚〔2024〕12号");
        assertThat(canonical).containsExactly("赣药监罚202412号");
        for (String variant : List.of("赣药监罚[2024]12号", "赣药监罚（2024）12号", "赣药监罚 2024 12号",
                "贛藥監罰〔２０２４〕１２號", "赣药监罚【2024】12号")) {
            assertThat(tokens(ChineseAnalyzers.compact(), variant)).as(variant).isEqualTo(canonical);
        }
        assertThat(ChineseAnalyzers.compact().normalize("f", "赣药监罚[2024]12号").utf8ToString())
                .isEqualTo("赣药监罚202412号");
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
