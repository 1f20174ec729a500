package cn.zfgs.content.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ChineseNumeralsTest {

    @Example
    void formatsAsOfficialTextsDo() {
        assertThat(ChineseNumerals.format(1)).isEqualTo("一");
        assertThat(ChineseNumerals.format(10)).isEqualTo("十");
        assertThat(ChineseNumerals.format(15)).isEqualTo("十五");
        assertThat(ChineseNumerals.format(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.format(100)).isEqualTo("一百");
        assertThat(ChineseNumerals.format(105)).isEqualTo("一百零五");
        assertThat(ChineseNumerals.format(110)).isEqualTo("一百一十");
        assertThat(ChineseNumerals.format(115)).isEqualTo("一百一十五");
        assertThat(ChineseNumerals.format(1005)).isEqualTo("一千零五");
        assertThat(ChineseNumerals.format(1010)).isEqualTo("一千零一十");
        assertThat(ChineseNumerals.format(1100)).isEqualTo("一千一百");
        assertThat(ChineseNumerals.format(1260)).isEqualTo("一千二百六十");
        assertThat(ChineseNumerals.format(9999)).isEqualTo("九千九百九十九");
        assertThat(ChineseNumerals.format(0)).isEqualTo("零");
    }

    @Example
    void parsesOfficialForms() {
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("一千二百六十")).isEqualTo(1260);
        assertThat(ChineseNumerals.parse("一千零一十")).isEqualTo(1010);
        assertThat(ChineseNumerals.parse("零")).isZero();
    }

    @Example
    void acceptsHarmlessVariants() {
        assertThat(ChineseNumerals.parse("一十五")).isEqualTo(15);
        assertThat(ChineseNumerals.parse("一百〇五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("两千")).isEqualTo(2000);
        assertThat(ChineseNumerals.parse("一千零十")).isEqualTo(1010);
    }

    @Example
    void rejectsMalformedOrAmbiguousNumerals() {
        for (String bad : new String[] {"", "百", "一百五", "一百零五十", "五零", "零五", "一百零", "一百零零五",
                "十十", "一二", "百一", "一千五十", "十一百", "一万", "第一", "12"}) {
            assertThatThrownBy(() -> ChineseNumerals.parse(bad))
                    .as(bad)
                    .isInstanceOf(NumberFormatException.class)
                    .hasMessageContaining("无法识别中文数字");
        }
    }

    @Example
    void refusesToFormatOutsideItsRange() {
        assertThatThrownBy(() -> ChineseNumerals.format(10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseNumerals.format(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every value of the range, not a sample: there are only 9,999. */
    @Property(tries = ChineseNumerals.MAX, generation = GenerationMode.EXHAUSTIVE)
    void parseInvertsFormat(@ForAll @IntRange(min = 1, max = 9999) int n) {
        assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    }

    @Property
    void formatInvertsParseOnCanonicalForms(@ForAll @IntRange(min = 1, max = 9999) int n) {
        String canonical = ChineseNumerals.format(n);
        assertThat(ChineseNumerals.format(ChineseNumerals.parse(canonical))).isEqualTo(canonical);
    }

    @Property
    void formatIsCanonical(@ForAll @IntRange(min = 1, max = 9999) int n) {
        String s = ChineseNumerals.format(n);
        assertThat(s).doesNotStartWith("一十").doesNotContain("零零").doesNotEndWith("零");
        assertThat(s.chars().allMatch(c -> ChineseNumerals.isNumeralChar((char) c))).isTrue();
    }

    @Property
    void longFormOfTensParsesToo(@ForAll @IntRange(min = 10, max = 19) int n) {
        assertThat(ChineseNumerals.parse("一" + ChineseNumerals.format(n))).isEqualTo(n);
    }
}
