package cn.zfgs.content.workflow;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.model.ServiceGuideContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentValidatorTest {

    private static final LawCatalogue LAWS = LawCatalogue.shipped();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String CODE = "91360100MA35XK2Q4" + CreditCode.checkCharacter("91360100MA35XK2Q4");

    private static DecisionContent decision(String number, PartyKind kind, String code, List<String> bases,
            BigDecimal fine, LocalDate date) {
        return new DecisionContent(number, DecisionType.PENALTY, "江西测试医药有限公司", kind, code, null,
                "经查，当事人销售劣药。", bases, "罚款五万元。", fine, null, date, false, false);
    }

    @Test
    void aWellFormedDecisionHasNoErrors() {
        assertThat(ContentValidator.check(decision("赣药监罚〔2024〕12号", PartyKind.LEGAL_PERSON, CODE,
                List.of("《药品管理法》第一百一十七条", "《中华人民共和国行政处罚法》第三十二条"), new BigDecimal("50000.00"),
                LocalDate.of(2024, 5, 6)), LAWS, TODAY)).isEmpty();
    }

    @Test
    void everyBrokenFieldIsNamedWithItsRule() {
        List<FieldError> errors = ContentValidator.check(decision("赣药监罚2024-12", PartyKind.LEGAL_PERSON,
                "91360100MA35XK2Q4Z", List.of("《药品管理法》第三百条", "《不存在的法》第一条"), new BigDecimal("-1"),
                LocalDate.of(2027, 1, 1)), LAWS, TODAY);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("documentNumber",
                "partyCreditCode", "legalBases", "legalBases", "fineAmount", "decisionDate");
        assertThat(errors).extracting(FieldError::message).anySatisfy(m -> assertThat(m).startsWith("决定文书号："))
                .anySatisfy(m -> assertThat(m).contains("没有第三百条"))
                .anySatisfy(m -> assertThat(m).contains("未找到法律"))
                .anySatisfy(m -> assertThat(m).contains("GB 32100"));
    }

    @Test
    void aNaturalPersonMayNotCarryACodeField() {
        assertThat(ContentValidator.check(decision("赣药监罚〔2024〕13号", PartyKind.NATURAL_PERSON,
                "360102199001011234", List.of("《药品管理法》第一百一十七条"), BigDecimal.TEN,
                LocalDate.of(2024, 5, 6)), LAWS, TODAY))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("身份证号码属于个人信息"));
    }

    @Test
    void documentNumbersAcceptTheUsualBrackets() {
        for (String ok : List.of("赣药监罚〔2024〕12号", "洪市监处罚[2025]0345号", "进市监罚（2026）7号")) {
            assertThat(ContentValidator.DOCUMENT_NUMBER.matcher(ok).matches()).as(ok).isTrue();
        }
        for (String bad : List.of("〔2024〕12号", "赣药监罚〔24〕12号", "赣药监罚〔2024〕号", "赣药监罚 〔2024〕12号")) {
            assertThat(ContentValidator.DOCUMENT_NUMBER.matcher(bad).matches()).as(bad).isFalse();
        }
    }

    @Test
    void anOfficerNeedsAWellFormedCertificateAndAValidityInOrder() {
        OfficerContent officer = new OfficerContent("张伟", "36-01", "药品监管", "3601", "南昌市",
                OfficerStatus.VALID, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), false);
        assertThat(ContentValidator.check(officer, LAWS, TODAY)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("certificateNumber", "regionCode", "validUntil");
    }

    @Test
    void aFlowchartBranchMustPointToAnExistingStep() {
        FlowchartContent chart = new FlowchartContent("行政处罚一般程序", DecisionType.PENALTY, List.of(
                new FlowchartContent.Step("a", "立案", "承办人", "", List.of(new FlowchartContent.Branch("b", ""))),
                new FlowchartContent.Step("a", "调查", "承办人", "", List.of(new FlowchartContent.Branch("z", "")))));
        assertThat(ContentValidator.check(chart, LAWS, TODAY)).extracting(FieldError::message)
                .anySatisfy(m -> assertThat(m).contains("环节编号“a”重复"))
                .anySatisfy(m -> assertThat(m).contains("指向不存在的环节“z”"));
    }

    @Test
    void aServiceGuideNeedsItsPlaceAndItsProgressEnquiryWhichThePublishedTableRequires() {
        ServiceGuideContent guide = new ServiceGuideContent(null, "药品经营许可服务指南", "南昌市市场监督管理局",
                "南昌市市场监督管理局", "符合条件。", List.of(new ServiceGuideContent.Material("申请书", "原件", 1, "")),
                "二十个工作日", "不收费", "", "办".repeat(301), "0791-12345678", "12315");
        assertThat(ContentValidator.check(guide, LAWS, TODAY)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("placeAndHours", "progressEnquiry");
    }

    @Test
    void requireThrowsWithEveryError() {
        assertThatThrownBy(() -> ContentValidator.require(decision("", PartyKind.LEGAL_PERSON, null, List.of(),
                null, null), LAWS, TODAY))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors()).hasSize(4));
    }
}
