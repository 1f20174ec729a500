package cn.zfgs.content.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LegalBasisTest {

    @Test
    void formatsTheCitation() {
        assertThat(new LegalBasis("药品管理法", ArticleNumber.of(115)).citation()).isEqualTo("《药品管理法》第一百一十五条");
        assertThat(new LegalBasis("刑法", ArticleNumber.of(142, 1)).citation()).isEqualTo("《刑法》第一百四十二条之一");
    }

    @Test
    void dropsBracketsAndBlanksFromTheTitle() {
        LegalBasis basis = new LegalBasis(" 《药品管理法》 ", ArticleNumber.of(115));
        assertThat(basis.lawTitle()).isEqualTo("药品管理法");
        assertThat(basis).isEqualTo(new LegalBasis("药品管理法", ArticleNumber.of(115)));
        assertThat(basis.toString()).isEqualTo("《药品管理法》第一百一十五条");
    }

    @Test
    void parsesCommonWritings() {
        LegalBasis expected = new LegalBasis("中华人民共和国药品管理法", ArticleNumber.of(115));
        assertThat(LegalBasis.parse("《中华人民共和国药品管理法》第一百一十五条")).isEqualTo(expected);
        assertThat(LegalBasis.parse("中华人民共和国药品管理法第一百一十五条")).isEqualTo(expected);
        assertThat(LegalBasis.parse("《中华人民共和国药品管理法》 第115条")).isEqualTo(expected);
        assertThat(LegalBasis.parse("《药品管理法》第115条"))
                .isEqualTo(new LegalBasis("药品管理法", ArticleNumber.of(115)));
        assertThat(LegalBasis.parse("《中国人民解放军实施〈药品管理法〉办法》第一条").lawTitle())
                .isEqualTo("中国人民解放军实施〈药品管理法〉办法");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> LegalBasis.parse(" ")).hasMessageContaining("执法依据为空");
        assertThatThrownBy(() -> LegalBasis.parse("《药品管理法》")).hasMessageContaining("无法识别执法依据“《药品管理法》”");
        assertThatThrownBy(() -> LegalBasis.parse("第一百一十五条")).hasMessageContaining("无法识别执法依据");
        assertThatThrownBy(() -> LegalBasis.parse("《药品管理法》第一百五条")).hasMessageContaining("第一百五条");
        assertThatThrownBy(() -> LegalBasis.parse("《药品管理法》第一百一十五条第一款")).hasMessageContaining("款、项");
        assertThatThrownBy(() -> LegalBasis.parse("《》第一条")).hasMessageContaining("无法识别执法依据");
        assertThatThrownBy(() -> new LegalBasis("《 》", ArticleNumber.of(1))).hasMessageContaining("缺少法律名称");
    }
}
