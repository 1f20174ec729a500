package cn.zfgs.search.query;

import cn.zfgs.search.analysis.TextNormalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHighlightTest {

    @Test
    void escapesTheTextThenMarksTheHits() {
        String fragment = "<script>alert(1)</script> 销售" + TextNormalizer.MARK_START + "过期药品" + TextNormalizer.MARK_END
                + " & \"引号\"";
        assertThat(SafeHighlight.toHtml(fragment)).isEqualTo(
                "&lt;script&gt;alert(1)&lt;/script&gt; 销售<mark>过期药品</mark> &amp; &quot;引号&quot;");
    }

    @Test
    void adjacentHitsBecomeOneMark() {
        char s = TextNormalizer.MARK_START;
        char e = TextNormalizer.MARK_END;
        assertThat(SafeHighlight.toHtml("发现" + s + "复方" + e + s + "丹参" + e + s + "滴丸" + e))
                .isEqualTo("发现<mark>复方丹参滴丸</mark>");
    }

    @Test
    void unbalancedMarksStillGiveWellFormedHtml() {
        assertThat(SafeHighlight.toHtml(TextNormalizer.MARK_START + "药品")).isEqualTo("<mark>药品</mark>");
        assertThat(SafeHighlight.toHtml("药品" + TextNormalizer.MARK_END)).isEqualTo("药品");
    }

    @Property
    void noTextCanProduceATagOtherThanMark(@ForAll String text) {
        String html = SafeHighlight.escape(text);
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(html).doesNotContain("<mark>");
    }

    @Property
    void indexedTextNeverContainsTheMarks(@ForAll String text) {
        assertThat(TextNormalizer.document(text)).doesNotContain(String.valueOf(TextNormalizer.MARK_START),
                String.valueOf(TextNormalizer.MARK_END));
    }
}
