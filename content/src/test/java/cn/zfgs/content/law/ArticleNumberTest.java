package cn.zfgs.content.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNumberTest {

    @Test
    void parsesChineseAndDigitForms() {
        assertThat(ArticleNumber.parse("第一百一十五条")).isEqualTo(ArticleNumber.of(115));
        assertThat(ArticleNumber.parse("第115条")).isEqualTo(ArticleNumber.of(115));
        assertThat(ArticleNumber.parse("第１１５条")).isEqualTo(ArticleNumber.of(115));
        assertThat(ArticleNumber.parse(" 第 115 条 ")).isEqualTo(ArticleNumber.of(115));
        assertThat(ArticleNumber.parse("第十条之一")).isEqualTo(ArticleNumber.of(10, 1));
        assertThat(ArticleNumber.parse("第10条之1")).isEqualTo(ArticleNumber.of(10, 1));
        assertThat(ArticleNumber.parse("第一千二百六十条")).isEqualTo(ArticleNumber.of(1260));
    }

    @Test
    void formatsAsPrinted() {
        assertThat(ArticleNumber.of(115).label()).isEqualTo("第一百一十五条");
        assertThat(ArticleNumber.of(10, 1).label()).isEqualTo("第十条之一");
        assertThat(ArticleNumber.of(105).toString()).isEqualTo("第一百零五条");
        assertThat(ArticleNumber.of(10, 1).hasSuffix()).isTrue();
        assertThat(ArticleNumber.of(10).hasSuffix()).isFalse();
    }

    @Test
    void ordersAsInTheText() {
        List<ArticleNumber> numbers = new ArrayList<>(List.of(
                ArticleNumber.of(11), ArticleNumber.of(10, 2), ArticleNumber.of(10), ArticleNumber.of(10, 1)));
        numbers.sort(null);
        assertThat(numbers).containsExactly(
                ArticleNumber.of(10), ArticleNumber.of(10, 1), ArticleNumber.of(10, 2), ArticleNumber.of(11));
    }

    @Test
    void rejectsWhatIsNotAnArticleNumber() {
        for (String bad : new String[] {"", "十条", "第十", "第十条第一款", "第0条", "第零条", "第一百五条",
                "第10000条", "第十条之零", "第十条之", "Article 10"}) {
            assertThatThrownBy(() -> ArticleNumber.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("条文序号");
        }
    }

    @Test
    void rejectsOutOfRangeValues() {
        assertThatThrownBy(() -> ArticleNumber.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleNumber.of(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
