package cn.zfgs.content.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawCatalogueTest {

    private final LawCatalogue catalogue = LawCatalogue.shipped();

    @Test
    void findsALawByFullOrShortTitleWithOrWithoutBrackets() {
        Law drugs = catalogue.law("药品管理法").orElseThrow();
        assertThat(drugs.title()).isEqualTo("中华人民共和国药品管理法");
        for (String title : List.of("《药品管理法》", "中华人民共和国药品管理法", "《中华人民共和国药品管理法》",
                " 药品管理法 ", "《 药品管理法 》", "药品 管理法")) {
            assertThat(catalogue.law(title)).as(title).containsSame(drugs);
        }
        assertThat(catalogue.law("药品管理法实施条例").orElseThrow()).isNotSameAs(drugs);
        assertThat(catalogue.law("中华人民共和国药品管理法实施条例").orElseThrow().title())
                .isEqualTo("中华人民共和国药品管理法实施条例");
        assertThat(catalogue.law("药品法")).isEmpty();
        assertThat(catalogue.law("")).isEmpty();
        assertThat(catalogue.law(null)).isEmpty();
    }

    @Test
    void findsRegulationsWhoseTitleHasNoPrefix() {
        assertThat(catalogue.law("《化妆品监督管理条例》")).isPresent();
        assertThat(catalogue.law("政府信息公开条例").orElseThrow().title()).isEqualTo("中华人民共和国政府信息公开条例");
    }

    @Test
    void findsByIdAndArticle() {
        assertThat(catalogue.byId("药品管理法-2019-08-26")).isPresent();
        assertThat(catalogue.byId("药品管理法-2015-04-24")).isEmpty();
        assertThat(catalogue.article("《中华人民共和国行政处罚法》", ArticleNumber.of(9)).orElseThrow().text())
                .startsWith("行政处罚的种类：");
        assertThat(catalogue.article("行政处罚法", ArticleNumber.of(87))).isEmpty();
        assertThat(catalogue.article("药品法", ArticleNumber.of(1))).isEmpty();
        assertThat(catalogue.article(new LegalBasis("药品管理法", ArticleNumber.of(115)))).isPresent();
    }

    @Test
    void searchesTitlesByFragmentBestMatchFirst() {
        assertThat(catalogue.search("药品管理法")).extracting(Law::shortTitle)
                .containsExactly("药品管理法", "药品管理法实施条例");
        assertThat(catalogue.search("《食品安全》")).extracting(Law::shortTitle)
                .containsExactly("食品安全法", "食品安全法实施条例");
        assertThat(catalogue.search("行政")).extracting(Law::shortTitle)
                .startsWith("行政处罚法")
                .contains("行政许可法", "行政强制法", "行政复议法", "行政诉讼法")
                .doesNotContain("药品管理法");
        assertThat(catalogue.search("条例")).allMatch(l -> l.shortTitle().contains("条例")).hasSize(7);
        assertThat(catalogue.search("中华人民共和国广告")).extracting(Law::shortTitle).containsExactly("广告法");
        assertThat(catalogue.search("  ")).hasSize(34);
        assertThat(catalogue.search("不存在")).isEmpty();
    }

    @Test
    void acceptsValidCitations() {
        LegalBasisCheck check = catalogue.check("《中华人民共和国药品管理法》第一百一十五条");
        assertThat(check.isValid()).isTrue();
        assertThat(check.error()).isEmpty();
        assertThat(check.law().shortTitle()).isEqualTo("药品管理法");
        assertThat(check.article().text()).startsWith("未取得药品生产许可证、药品经营许可证或者医疗机构制剂许可证");
        assertThat(check.legalBasis()).isEqualTo(new LegalBasis("药品管理法", ArticleNumber.of(115)));
        assertThat(check.citation()).isEqualTo("《药品管理法》第一百一十五条");

        for (String citation : List.of("《药品管理法》第115条", "药品管理法第一百一十五条", " 《药品管理法》 第 115 条 ",
                "中华人民共和国药品管理法第115条")) {
            assertThat(catalogue.check(citation).citation()).as(citation).isEqualTo("《药品管理法》第一百一十五条");
        }
        assertThat(catalogue.check("《行政处罚法》第九条").isValid()).isTrue();
        assertThat(catalogue.check(new LegalBasis("行政强制法", ArticleNumber.of(69))).isValid()).isTrue();
    }

    @Test
    void rejectsInvalidCitationsWithAChineseMessage() {
        assertThat(catalogue.check("《药品法》第一条").error()).contains("未找到法律《药品法》");
        assertThat(catalogue.check("《药品管理法》第三百条").error()).contains("《药品管理法》没有第三百条");
        assertThat(catalogue.check("《中华人民共和国药品管理法》第300条").error()).contains("《药品管理法》没有第三百条");
        assertThat(catalogue.check("《药品管理法》第十条之一").error()).contains("《药品管理法》没有第十条之一");
        assertThat(catalogue.check("").error().orElseThrow()).contains("执法依据为空");
        assertThat(catalogue.check((String) null).error().orElseThrow()).contains("执法依据为空");
        assertThat(catalogue.check("药品管理法").error().orElseThrow()).contains("无法识别执法依据“药品管理法”");
        assertThat(catalogue.check("《药品管理法》第一百五条").error().orElseThrow()).contains("第一百五条");
        assertThat(catalogue.check("《药品管理法》第一百一十五条第一款").error().orElseThrow()).contains("款、项");
        assertThat(catalogue.check(new LegalBasis("药品管理法", ArticleNumber.of(300))).error())
                .contains("《药品管理法》没有第三百条");

        LegalBasisCheck rejected = catalogue.check("《药品法》第一条");
        assertThat(rejected.isValid()).isFalse();
        assertThat(rejected.input()).isEqualTo("《药品法》第一条");
        assertThatThrownBy(rejected::law).isInstanceOf(IllegalStateException.class).hasMessage("未找到法律《药品法》");
        assertThat(rejected.toString()).isEqualTo("无效：未找到法律《药品法》");
    }

    @Test
    void answersTitleLookupsWithTheLatestVersion() {
        Law old = LawParser.parse("行政法/示例法(2017-01-01).md", "# 中华人民共和国示例法\n第一条 旧。\n第二条 旧。\n");
        Law current = LawParser.parse("行政法/示例法(2021-01-01).md", "# 中华人民共和国示例法\n第一条 新。\n");
        LawCatalogue two = LawCatalogue.of(List.of(current, old));
        assertThat(two.law("示例法")).containsSame(current);
        assertThat(two.versions("《示例法》")).containsExactly(old, current);
        assertThat(two.currentLaws()).containsExactly(current);
        assertThat(two.search("示例")).containsExactly(current);
        assertThat(two.byId("示例法-2017-01-01")).containsSame(old);
        assertThat(two.check("《示例法》第二条").error()).contains("《示例法》没有第二条");
        assertThat(current.versionDate()).isEqualTo(LocalDate.of(2021, 1, 1));

        assertThatThrownBy(() -> LawCatalogue.of(List.of(old, old)))
                .hasMessageContaining("法律法规目录中重复：示例法-2017-01-01");
    }

    @Test
    void matchesTitlesThatDropThePrefixInsideNestedTitles() {
        Law law = LawParser.parse("行政法规/中国人民解放军实施《药品管理法》办法(2004-12-09).md",
                "# 中国人民解放军实施《中华人民共和国药品管理法》办法\n第一条 甲。\n");
        LawCatalogue one = LawCatalogue.of(List.of(law));
        assertThat(one.law("中国人民解放军实施《药品管理法》办法")).containsSame(law);
        assertThat(one.check("《中国人民解放军实施〈中华人民共和国药品管理法〉办法》第一条").isValid()).isTrue();
    }

    @Test
    void loadingFailsLoudlyNamingTheFile() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> LawCatalogue.load(loader, "cn/zfgs/content/law/missing"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("找不到法律文本资源：cn/zfgs/content/law/missing/行政法/不存在的法(2020-01-01).md");
        assertThatThrownBy(() -> LawCatalogue.load(loader, "cn/zfgs/content/law/broken"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("行政法/坏法(2020-01-01).md")
                .hasMessageContaining("条文序号重复：第一条");
        assertThatThrownBy(() -> LawCatalogue.load(loader, "cn/zfgs/content/law/nothing-here"))
                .hasMessageContaining("index.txt");
    }

    @Test
    void loadingAgainGivesTheSameLawsAndTheShippedCatalogueIsLoadedOnce() {
        LawCatalogue fresh = LawCatalogue.load(getClass().getClassLoader(), LawCatalogue.SHIPPED_FOLDER);
        assertThat(fresh.laws()).hasSize(catalogue.laws().size());
        assertThat(LawCatalogue.shipped()).isSameAs(catalogue);
    }
}
