package cn.zfgs.content.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LawParserTest {

    private static final String PATH = "行政法/示例法(2021-01-22).md";

    private static final String SAMPLE = String.join("\n",
            "# 中华人民共和国示例法",
            "",
            "2000年1月1日 第九届全国人民代表大会常务委员会第十三次会议通过",
            "",
            "2017年12月27日 第十二届全国人民代表大会常务委员会第三十一次会议《关于修改〈中华人民共和国招标投标法〉",
            "",
            "〈中华人民共和国示例法〉的决定》第一次修正\u3000",
            "",
            "<!-- INFO END -->",
            "",
            "## 第一章  总 则",
            "",
            "\u200b",
            "第一条 为了举例，制定本法。",
            "",
            "第二条\u3000行政处罚的种类：",
            "",
            "（一）警告、通报批评；",
            "",
            "（二）罚款。",
            "",
            "第三人明知的，适用前款规定。",
            "",
            "## 第二章 处罚",
            "",
            "### 第一节 一般规定",
            "",
            "第三条 依照本法第二条的规定处罚。",
            "",
            "第三条之一 新增的条文。",
            "",
            "第三条的规定不适用于未成年人。",
            "",
            "### 第二节　简易程序",
            "",
            "第四条 当场作出决定。",
            "",
            "## 附　则",
            "",
            "第五条",
            "",
            "本法自2021年7月15日起施行。",
            "");

    @Test
    void readsTitleCategoryVersionAndHistory() {
        Law law = LawParser.parse(PATH, SAMPLE);
        assertThat(law.title()).isEqualTo("中华人民共和国示例法");
        assertThat(law.shortTitle()).isEqualTo("示例法");
        assertThat(law.category()).isEqualTo("行政法");
        assertThat(law.versionDate()).isEqualTo(LocalDate.of(2021, 1, 22));
        assertThat(law.id()).isEqualTo("示例法-2021-01-22");
        assertThat(law.sourcePath()).isEqualTo(PATH);
        // the wrapped amendment title is joined back onto its dated line, trailing full-width blank dropped
        assertThat(law.history()).containsExactly(
                "2000年1月1日 第九届全国人民代表大会常务委员会第十三次会议通过",
                "2017年12月27日 第十二届全国人民代表大会常务委员会第三十一次会议《关于修改〈中华人民共和国招标投标法〉"
                        + "〈中华人民共和国示例法〉的决定》第一次修正");
    }

    @Test
    void splitsArticlesAndKeepsTheirParagraphs() {
        Law law = LawParser.parse(PATH, SAMPLE);
        assertThat(law.articles()).extracting(Article::label)
                .containsExactly("第一条", "第二条", "第三条", "第三条之一", "第四条", "第五条");

        Article second = law.article(2).orElseThrow();
        assertThat(second.paragraphs()).containsExactly(
                "行政处罚的种类：", "（一）警告、通报批评；", "（二）罚款。", "第三人明知的，适用前款规定。");
        assertThat(second.text()).isEqualTo("行政处罚的种类：\n（一）警告、通报批评；\n（二）罚款。\n第三人明知的，适用前款规定。");
        assertThat(second.fullText()).startsWith("第二条 行政处罚的种类：\n");

        // "第三条的规定…" is a paragraph that mentions an article, not a new article
        assertThat(law.article(ArticleNumber.of(3, 1)).orElseThrow().paragraphs())
                .containsExactly("新增的条文。", "第三条的规定不适用于未成年人。");
        // a label alone on its line: the text follows in the next paragraph
        assertThat(law.article(5).orElseThrow().text()).isEqualTo("本法自2021年7月15日起施行。");
    }

    @Test
    void placesArticlesInTheirChapterAndSection() {
        Law law = LawParser.parse(PATH, SAMPLE);
        Article first = law.article(1).orElseThrow();
        assertThat(first.chapter()).contains("第一章 总则");
        assertThat(first.section()).isEmpty();
        assertThat(first.part()).isEmpty();
        assertThat(law.article(3).orElseThrow().section()).contains("第一节 一般规定");
        Article fourth = law.article(4).orElseThrow();
        assertThat(fourth.chapter()).contains("第二章 处罚");
        assertThat(fourth.section()).contains("第二节 简易程序");
        Article fifth = law.article(5).orElseThrow();
        assertThat(fifth.chapter()).contains("附则");
        assertThat(fifth.section()).isEmpty();
    }

    @Test
    void readsLawsWithoutChaptersOrInfoMarker() {
        Law law = LawParser.parse("行政法规/某条例(1997-12-29).md", "# 某条例\r\n\r\n第一条 甲。\r\n\r\n第二条 乙。\r\n");
        assertThat(law.history()).isEmpty();
        assertThat(law.title()).isEqualTo("某条例");
        assertThat(law.shortTitle()).isEqualTo("某条例");
        assertThat(law.articles()).hasSize(2);
        assertThat(law.article(1).orElseThrow().chapter()).isEmpty();
        assertThat(law.article(2).orElseThrow().text()).isEqualTo("乙。");
    }

    @Test
    void keepsPartsOfCodes() {
        String text = "# 某法典\n<!-- INFO END -->\n## 第一编 总则\n### 第一章 任务\n第一条 甲。\n"
                + "## 第二编 分则\n### 第一章 罪名\n#### 第一节 细目\n第二条 乙。\n";
        Law law = LawParser.parse("刑法/某法典(2020-12-26).md", text);
        Article second = law.article(2).orElseThrow();
        assertThat(second.part()).contains("第二编 分则");
        assertThat(second.chapter()).contains("第一章 罪名");
        assertThat(second.section()).contains("第一节 细目");
        assertThat(law.article(1).orElseThrow().section()).isEmpty();
    }

    @Test
    void dropsTextThatBelongsToNoArticle() {
        String text = "# 某法\n<!-- INFO END -->\n## 序言\n前言文字。\n## 第一章 总则\n第一条 甲。\n## 附件一\n附件文字。\n";
        Law law = LawParser.parse("宪法/某法(2018-03-11).md", text);
        assertThat(law.article(1).orElseThrow().paragraphs()).containsExactly("甲。");
    }

    @Test
    void namesTheFileWhenTheTitleIsMissing() {
        assertThatThrownBy(() -> LawParser.parse(PATH, "\n第一条 甲。\n"))
                .isInstanceOf(LawFormatException.class)
                .hasMessage("法律文本“行政法/示例法(2021-01-22).md”第2行格式错误：缺少标题：第一个非空行应为“# 法律名称”");
        assertThatThrownBy(() -> LawParser.parse(PATH, ""))
                .hasMessageContaining("示例法(2021-01-22).md").hasMessageContaining("缺少标题");
        assertThatThrownBy(() -> LawParser.parse(PATH, "## 第一章 总则\n第一条 甲。"))
                .hasMessageContaining("缺少标题");
    }

    @Test
    void rejectsDuplicateArticleNumbers() {
        assertThatThrownBy(() -> LawParser.parse(PATH, "# 示例法\n\n第一条 甲。\n\n第二条 乙。\n\n第二条 丙。\n"))
                .isInstanceOfSatisfying(LawFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo(PATH);
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.problem()).isEqualTo("条文序号重复：第二条（第5行已有）");
                })
                .hasMessageContaining("行政法/示例法(2021-01-22).md");
    }

    @Test
    void rejectsArticlesOutOfOrder() {
        assertThatThrownBy(() -> LawParser.parse(PATH, "# 示例法\n第一条 甲。\n第三条 乙。\n第二条 丙。\n"))
                .hasMessageContaining("第4行")
                .hasMessageContaining("条文顺序错乱：第二条出现在第三条之后");
    }

    @Test
    void rejectsFilesWithoutArticlesOrWithEmptyArticles() {
        assertThatThrownBy(() -> LawParser.parse(PATH, "# 示例法\n<!-- INFO END -->\n一、总则。\n"))
                .hasMessageContaining("没有找到任何条文");
        assertThatThrownBy(() -> LawParser.parse(PATH, "# 示例法\n第一条\n## 第二章 其他\n第二条 乙。\n"))
                .hasMessageContaining("第2行").hasMessageContaining("第一条没有正文");
    }

    @Test
    void rejectsBadArticleNumerals() {
        assertThatThrownBy(() -> LawParser.parse(PATH, "# 示例法\n第一条 甲。\n第一百五条 乙。\n"))
                .hasMessageContaining("第3行").hasMessageContaining("条文序号“第一百五条”无法识别");
    }

    @Test
    void needsCategoryAndVersionDateInThePath() {
        String text = "# 示例法\n第一条 甲。\n";
        assertThatThrownBy(() -> LawParser.parse("示例法(2021-01-22).md", text))
                .isInstanceOf(LawFormatException.class).hasMessageContaining("缺少分类目录");
        assertThatThrownBy(() -> LawParser.parse("刑法/刑法.md", text))
                .hasMessage("法律文本“刑法/刑法.md”格式错误：文件名缺少版本日期，应为“名称(YYYY-MM-DD).md”");
        assertThatThrownBy(() -> LawParser.parse("行政法/示例法(2021-02-30).md", text))
                .hasMessageContaining("“2021-02-30”不是有效日期");
        assertThat(LawParser.parse("部门规章\\公安部\\示例规定(2021-12-17).md", text).category()).isEqualTo("部门规章");
    }

    @Test
    void normalisesHeadingSpacing() {
        assertThat(LawParser.normalizeHeading(" 第十二章  附 则")).isEqualTo("第十二章 附则");
        assertThat(LawParser.normalizeHeading("第一章\u3000总则")).isEqualTo("第一章 总则");
        assertThat(LawParser.normalizeHeading("附　则")).isEqualTo("附则");
    }
}
