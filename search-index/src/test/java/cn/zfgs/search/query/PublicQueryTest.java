package cn.zfgs.search.query;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicQueryTest {

    @Test
    void wordsPhrasesAndExclusions() {
        PublicQuery q = PublicQuery.parse("过期药品 \"超过有效期\" -许可 -\"警告\"");
        assertThat(q.words()).containsExactly("过期药品");
        assertThat(q.phrases()).containsExactly("超过有效期");
        assertThat(q.excluded()).containsExactly("许可");
        assertThat(q.excludedPhrases()).containsExactly("警告");
        assertThat(q.canonical()).isEqualTo("过期药品 \"超过有效期\" -许可 -\"警告\"");
    }

    @Test
    void chineseQuotationMarksAndFullWidthFormsAreUnderstood() {
        PublicQuery q = PublicQuery.parse("“超过有效期”　ＧＳＰ　－許可");
        assertThat(q.phrases()).containsExactly("超过有效期");
        assertThat(q.words()).containsExactly("GSP");
        assertThat(q.excluded()).containsExactly("许可");
    }

    @Test
    void luceneSyntaxIsPlainText() {
        PublicQuery q = PublicQuery.parse("party:王* AND (药品~2 OR title:[a TO z]) +罚款 ||");
        assertThat(q.words()).containsExactly("party:王*", "AND", "(药品~2", "OR", "title:[a", "TO", "z])", "+罚款");
        assertThat(q.excluded()).isEmpty();
    }

    @Test
    void anUnbalancedQuoteIsReadAsWords() {
        PublicQuery q = PublicQuery.parse("\"过期 药品");
        assertThat(q.words()).containsExactly("过期", "药品");
        assertThat(q.phrases()).isEmpty();
    }

    @Test
    void termsWithoutLettersOrDigitsAndControlCharactersAreDropped() {
        PublicQuery q = PublicQuery.parse("- -- \"\" ！！ \u0000药\u0007品 ***");
        assertThat(q.words()).containsExactly("药", "品");
        assertThat(PublicQuery.parse("   ").isEmpty()).isTrue();
    }

    @Test
    void tooLongOrTooManyTermsIsRefusedInChinese() {
        assertThatThrownBy(() -> PublicQuery.parse("药".repeat(5_000)))
                .isInstanceOf(QueryRejected.class).hasMessageContaining("搜索词过长").hasMessageContaining("5000");
        assertThatThrownBy(() -> PublicQuery.parse("a b c d e f g h i j k l m"))
                .isInstanceOf(QueryRejected.class).hasMessageContaining("搜索词过多");
    }

    @Property(tries = 2_000)
    void anyInputParsesOrIsRefusedWithAMessage(@ForAll @StringLength(max = 260) String typed) {
        try {
            PublicQuery q = PublicQuery.parse(typed);
            PublicQuery again = PublicQuery.parse(q.canonical());
            assertThat(again.words()).hasSameSizeAs(q.words());
            assertThat(again.phrases()).hasSameSizeAs(q.phrases());
            assertThat(again.excluded()).hasSameSizeAs(q.excluded());
        } catch (QueryRejected e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.parameter()).isEqualTo("q");
        }
    }
}
