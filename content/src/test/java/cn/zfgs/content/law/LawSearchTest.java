package cn.zfgs.content.law;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff's legal-basis search: title fragments, article numbers in any common spelling, and misses explained. */
class LawSearchTest {

    private final LawCatalogue catalogue = LawCatalogue.shipped();

    @Test
    void aTitleAndAnArticleInDigitsOrChineseGiveTheCitationAndTheText() {
        for (String query : List.of("药品管理法 98", "药品管理法第98条", "《药品管理法》第九十八条", "中华人民共和国药品管理法 第九十八条")) {
            LawSearch.Hit first = LawSearch.find(catalogue, query).get(0);
            assertThat(first.citation()).as(query).isEqualTo("《药品管理法》第九十八条");
            assertThat(first.articleText()).as(query).contains("假药");
            assertThat(catalogue.check(first.citation()).error()).isEmpty();
        }
    }

    @Test
    void aTitleAloneListsTheLawsWithAHintToAddTheArticle() {
        List<LawSearch.Hit> hits = LawSearch.find(catalogue, "药品管理");
        assertThat(hits).extracting(LawSearch.Hit::shortTitle).contains("药品管理法", "药品管理法实施条例");
        assertThat(hits.get(0).shortTitle()).isEqualTo("药品管理法");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.citation()).isNull();
            assertThat(h.note()).contains("加上条号");
        });
    }

    @Test
    void anArticleBeyondTheLawIsNamedAsMissing() {
        LawSearch.Hit hit = LawSearch.find(catalogue, "药品管理法 9999").get(0);
        assertThat(hit.citation()).isNull();
        assertThat(hit.note()).startsWith("《药品管理法》没有第九千九百九十九条");
    }

    @Test
    void blankUnknownAndOverlongQueriesFindNothing() {
        assertThat(LawSearch.find(catalogue, " ")).isEmpty();
        assertThat(LawSearch.find(catalogue, "不存在的法律名称")).isEmpty();
        assertThat(LawSearch.find(catalogue, "法".repeat(101))).isEmpty();
    }
}
