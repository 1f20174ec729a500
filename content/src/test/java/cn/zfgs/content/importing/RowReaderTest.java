package cn.zfgs.content.importing;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.workflow.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowReaderTest {

    private static final LawCatalogue LAWS = LawCatalogue.shipped();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String COMPANY = "91360100MA35XK2Q4" + CreditCode.checkCharacter("91360100MA35XK2Q4");

    private static Map<String, String> templateExample(ImportKind kind) {
        Map<String, String> row = new HashMap<>();
        kind.columns().forEach(c -> row.put(c.header(), c.example()));
        return row;
    }

    @Test
    void everyTemplatesExampleRowIsValid() {
        for (ImportKind kind : ImportKind.values()) {
            RowReader.Parsed parsed = new RowReader(kind, LAWS).read(templateExample(kind), TODAY);
            assertThat(parsed.errors()).as(kind.name()).isEmpty();
            assertThat(parsed.content().kind()).isEqualTo(kind.contentKind());
            assertThat(parsed.content().naturalKey()).isEqualTo(kind.columns().get(0).example());
        }
    }

    @Test
    void aDecisionRowReadsLabelsDatesAmountsAndSeveralLegalBases() {
        Map<String, String> row = templateExample(ImportKind.DECISION);
        row.put("统一社会信用代码", COMPANY);
        row.put("罚款金额（元）", "5,000.50");
        row.put("决定日期", "2026年3月2日");
        row.put("法律依据", "《药品管理法》第九十八条；《药品管理法》第一百一十七条");
        row.put("是否举行听证", "是");
        DecisionContent d = (DecisionContent) new RowReader(ImportKind.DECISION, LAWS).read(row, TODAY).content();
        assertThat(d.decisionType()).isEqualTo(DecisionType.PENALTY);
        assertThat(d.partyKind()).isEqualTo(PartyKind.LEGAL_PERSON);
        assertThat(d.fineAmount()).isEqualByComparingTo(new BigDecimal("5000.50"));
        assertThat(d.decisionDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(d.legalBases()).hasSize(2);
        assertThat(d.hearingHeld()).isTrue();
    }

    @Test
    void errorsNameTheTemplateColumnInChinese() {
        Map<String, String> row = templateExample(ImportKind.DECISION);
        row.put("决定类别", "行政罚款");
        row.put("是否举行听证", "有");
        row.put("决定日期", "2026-02-30");
        List<FieldError> errors = new RowReader(ImportKind.DECISION, LAWS).read(row, TODAY).errors();
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("决定类别", "是否举行听证", "决定日期");
        assertThat(errors).extracting(FieldError::message).anyMatch(m -> m.startsWith("决定类别：“行政罚款”不是可选的值"));

        row = templateExample(ImportKind.DECISION);
        row.put("文号", "第12号");
        row.put("当事人类别", "自然人");
        assertThat(new RowReader(ImportKind.DECISION, LAWS).read(row, TODAY).errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("文号", "统一社会信用代码");
    }

    @Test
    void officersAndItemsReadTheirOwnColumns() {
        Map<String, String> officer = templateExample(ImportKind.OFFICER);
        officer.put("证件状态", "暂停执法");
        OfficerContent o = (OfficerContent) new RowReader(ImportKind.OFFICER, LAWS).read(officer, TODAY).content();
        assertThat(o.status()).isEqualTo(OfficerStatus.SUSPENDED);

        Map<String, String> item = templateExample(ImportKind.ENFORCEMENT_ITEM);
        item.put("抽查主体", "南昌市市场监督管理局");
        List<FieldError> errors = new RowReader(ImportKind.ENFORCEMENT_ITEM, LAWS).read(item, TODAY).errors();
        assertThat(errors).extracting(FieldError::field).contains("抽查对象", "抽查频次");
        item.remove("抽查主体");
        item.put("办理时限（天）", "二十");
        assertThat(new RowReader(ImportKind.ENFORCEMENT_ITEM, LAWS).read(item, TODAY).errors())
                .extracting(FieldError::field).containsExactly("办理时限（天）");
        item.put("办理时限（天）", "20");
        EnforcementItemContent i = (EnforcementItemContent) new RowReader(ImportKind.ENFORCEMENT_ITEM, LAWS)
                .read(item, TODAY).content();
        assertThat(i.timeLimitDays()).isEqualTo(20);
        assertThat(i.randomInspection()).isNull();
    }
}
