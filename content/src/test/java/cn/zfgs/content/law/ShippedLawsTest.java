package cn.zfgs.content.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts that ship in {@code laws/}: they all parse, and real articles read back verbatim. */
class ShippedLawsTest {

    private final LawCatalogue catalogue = LawCatalogue.shipped();

    private Law law(String title) {
        return catalogue.law(title).orElseThrow(() -> new AssertionError("not shipped: " + title));
    }

    @Test
    void everyIndexedFileIsShippedAndParses() {
        assertThat(catalogue.laws()).hasSize(34);
        assertThat(catalogue.laws()).extracting(Law::id).doesNotHaveDuplicates();
        assertThat(catalogue.laws()).extracting(Law::shortTitle).doesNotHaveDuplicates();
    }

    @Test
    void everyLawHasArticlesNumberedOneToNWithoutGapsAndNoEmptyArticles() {
        for (Law law : catalogue.laws()) {
            List<Article> articles = law.articles();
            assertThat(articles).as(law.id()).isNotEmpty();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                if (i > 0) {
                    assertThat(a.number()).as(law.id()).isGreaterThan(articles.get(i - 1).number());
                }
                // none of the shipped laws has 之一 articles, so the numbering is exactly 1..n
                assertThat(a.number()).as(law.id()).isEqualTo(ArticleNumber.of(i + 1));
                assertThat(a.paragraphs()).as(law.id() + " " + a.label()).isNotEmpty().allMatch(p -> !p.isBlank());
                assertThat(a.text()).as(law.id() + " " + a.label())
                        .doesNotContain("\u200b", "\u3000", "#", "<!--");
            }
        }
    }

    @Test
    void everyLawHasTitleCategoryAndDateFromItsFile() {
        for (Law law : catalogue.laws()) {
            assertThat(law.sourcePath()).as(law.id())
                    .startsWith(law.category() + "/")
                    .endsWith("(" + law.versionDate() + ").md");
            assertThat(law.title()).as(law.id()).doesNotContain(" ", "\u3000", "#");
            assertThat(law.history()).as(law.id()).allMatch(h -> h.matches("\\d{4}年\\d{1,2}月\\d{1,2}日.*"));
        }
    }

    @Test
    void administrativePenaltyLawArticle9() {
        Law law = law("行政处罚法");
        assertThat(law.title()).isEqualTo("中华人民共和国行政处罚法");
        assertThat(law.versionDate()).isEqualTo(LocalDate.of(2021, 1, 22));
        assertThat(law.articles()).hasSize(86);
        Article a = law.article(9).orElseThrow();
        assertThat(a.text()).startsWith("行政处罚的种类：");
        assertThat(a.paragraphs()).containsExactly(
                "行政处罚的种类：",
                "（一）警告、通报批评；",
                "（二）罚款、没收违法所得、没收非法财物；",
                "（三）暂扣许可证件、降低资质等级、吊销许可证件；",
                "（四）限制开展生产经营活动、责令停产停业、责令关闭、限制从业；",
                "（五）行政拘留；",
                "（六）法律、行政法规规定的其他行政处罚。");
        assertThat(a.chapter()).contains("第二章 行政处罚的种类和设定");
        assertThat(a.section()).isEmpty();

        Article hearing = law.article(63).orElseThrow();
        assertThat(hearing.chapter()).contains("第五章 行政处罚的决定");
        assertThat(hearing.section()).contains("第四节 听证程序");
        assertThat(hearing.paragraphs()).contains("（一）较大数额罚款；");
        assertThat(law.article(85).orElseThrow().text())
                .isEqualTo("本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。");
        assertThat(law.lastArticle().text()).isEqualTo("本法自2021年7月15日起施行。");
    }

    @Test
    void drugAdministrationLawArticle115() {
        Law law = law("药品管理法");
        assertThat(law.id()).isEqualTo("药品管理法-2019-08-26");
        assertThat(law.category()).isEqualTo("行政法");
        assertThat(law.articles()).hasSize(155);
        Article a = law.article(115).orElseThrow();
        assertThat(a.label()).isEqualTo("第一百一十五条");
        assertThat(a.text()).isEqualTo("未取得药品生产许可证、药品经营许可证或者医疗机构制剂许可证生产、销售药品的，责令关闭，"
                + "没收违法生产、销售的药品和违法所得，并处违法生产、销售的药品（包括已售出和未售出的药品，下同）"
                + "货值金额十五倍以上三十倍以下的罚款；货值金额不足十万元的，按十万元计算。");
        // source heading is "## 第十一章  法律责任" (two spaces); "## 第十二章  附 则" for the last one
        assertThat(a.chapter()).contains("第十一章 法律责任");
        assertThat(law.lastArticle().chapter()).contains("第十二章 附则");
        assertThat(law.lastArticle().text()).isEqualTo("本法自2019年12月1日起施行。");
        assertThat(law.article(2).orElseThrow().paragraphs()).hasSize(2);
        assertThat(law.history()).hasSize(5)
                .first().isEqualTo("1984年9月20日 第六届全国人民代表大会常务委员会第七次会议通过");
    }

    @Test
    void lawWithoutChapters() {
        Law law = law("献血法");
        assertThat(law.articles()).hasSize(24);
        assertThat(law.articles()).allMatch(a -> a.chapter().isEmpty() && a.section().isEmpty());
        assertThat(law.article(2).orElseThrow().paragraphs())
                .containsExactly("国家实行无偿献血制度。", "国家提倡十八周岁至五十五周岁的健康公民自愿献血。");
    }

    @Test
    void paragraphStartingWithThirdPartyIsNotAnArticle() {
        // grep -c '^第.*条' counts 34 here: one paragraph of art. 9 begins "第三人明知或者应知…本条第一款…"
        Law law = law("反不正当竞争法");
        assertThat(law.articles()).hasSize(33);
        assertThat(law.article(9).orElseThrow().paragraphs())
                .anyMatch(p -> p.startsWith("第三人明知或者应知商业秘密权利人的员工"));
    }

    @Test
    void regulationsWithFullWidthHeadingsAndNoHistory() {
        Law cosmetics = law("化妆品监督管理条例");
        assertThat(cosmetics.title()).isEqualTo("化妆品监督管理条例");
        assertThat(cosmetics.category()).isEqualTo("行政法规");
        assertThat(cosmetics.history()).isEmpty();
        assertThat(cosmetics.articles()).hasSize(80);
        assertThat(cosmetics.article(1).orElseThrow().chapter()).contains("第一章 总则");

        Law registration = law("市场主体登记管理条例");
        assertThat(registration.title()).isEqualTo("中华人民共和国市场主体登记管理条例");
        assertThat(registration.articles()).hasSize(55);
        assertThat(registration.lastArticle().chapter()).contains("第六章 附则");
    }

    @Test
    void invisibleAndFullWidthBlanksAreIgnored() {
        // 行政复议法 has a line holding only U+200B before 第一条, and history lines ending in U+3000
        Law law = law("行政复议法");
        assertThat(law.versionDate()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(law.articles()).hasSize(90);
        assertThat(law.article(1).orElseThrow().text()).startsWith("为了防止和纠正违法的或者不当的行政行为");
        assertThat(law.history()).allMatch(h -> !h.endsWith("\u3000"));
    }

    @Test
    void wrappedHistoryLineIsJoined() {
        Law law = law("计量法");
        assertThat(law.history()).hasSize(6);
        assertThat(law.history().get(4)).startsWith("2017年12月27日").endsWith("〈中华人民共和国计量法〉的决定》第四次修正");
    }

    @Test
    void articleCountsOfSeveralLaws() {
        // counted by hand with grep -c '^第[零一二三四五六七八九十百千]*条 ' on each file
        assertThat(law("食品安全法").articles()).hasSize(154);
        assertThat(law("疫苗管理法").articles()).hasSize(100);
        assertThat(law("医疗器械监督管理条例").articles()).hasSize(107);
        assertThat(law("行政许可法").articles()).hasSize(83);
        assertThat(law("行政强制法").articles()).hasSize(71);
        assertThat(law("行政诉讼法").articles()).hasSize(103);
        assertThat(law("个人信息保护法").articles()).hasSize(74);
    }

    @Test
    void choosesTheEconomicLawCopyOfTheAdvertisingLaw() {
        assertThat(law("广告法").category()).isEqualTo("经济法");
        assertThat(law("职业病防治法").category()).isEqualTo("社会法");
    }
}
