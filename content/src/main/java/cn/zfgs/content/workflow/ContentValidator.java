package cn.zfgs.content.workflow;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LegalBasisCheck;
import cn.zfgs.content.model.AgencyProfile;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DiscretionBenchmarkContent;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.InspectionResultContent;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.model.RandomInspection;
import cn.zfgs.content.model.RightsNoticeContent;
import cn.zfgs.content.model.ServiceGuideContent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 内容校验 — what content must satisfy before it is saved: required fields, formats, and legal bases that exist in the
 * law catalogue. Every error names the field and the rule in Chinese; content with any error is not saved at all.
 */
public final class ContentValidator {

    /** 赣药监罚〔2024〕12号: agency code, year in 〔〕 (or [] / ()), serial number, 号. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("^[^〔〕\\[\\]()（）\\s]{1,30}[〔\\[（(]\\d{4}[〕\\]）)]\\d{1,6}号$");
    static final Pattern CERTIFICATE_NUMBER = Pattern.compile("^[0-9A-Z]{6,20}$");
    static final Pattern REGION_CODE = Pattern.compile("^\\d{6}$");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final int LONG_TEXT = 20_000;
    private static final int LINE = 200;

    private final LawCatalogue laws;
    private final List<FieldError> errors = new ArrayList<>();

    private ContentValidator(LawCatalogue laws) {
        this.laws = laws;
    }

    /** The errors of {@code content}, empty when it may be saved; {@code today} bounds dates in the past. */
    public static List<FieldError> check(Content content, LawCatalogue laws, LocalDate today) {
        ContentValidator v = new ContentValidator(laws);
        if (content instanceof DecisionContent d) {
            v.decision(d, today);
        } else if (content instanceof OfficerContent o) {
            v.officer(o);
        } else if (content instanceof EnforcementItemContent i) {
            v.item(i);
        } else if (content instanceof AgencyProfile a) {
            v.agency(a);
        } else if (content instanceof ServiceGuideContent g) {
            v.guide(g);
        } else if (content instanceof FlowchartContent f) {
            v.flowchart(f);
        } else if (content instanceof RightsNoticeContent r) {
            v.rights(r);
        } else if (content instanceof DiscretionBenchmarkContent b) {
            v.benchmark(b);
        } else if (content instanceof InspectionResultContent r) {
            v.inspection(r, today);
        }
        return List.copyOf(v.errors);
    }

    /** Throws {@link InvalidContentException} listing every error, or returns when the content is valid. */
    public static void require(Content content, LawCatalogue laws, LocalDate today) {
        List<FieldError> errors = check(content, laws, today);
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
    }

    private void decision(DecisionContent d, LocalDate today) {
        if (text("documentNumber", "决定文书号", d.documentNumber(), 60)
                && !DOCUMENT_NUMBER.matcher(d.documentNumber()).matches()) {
            error("documentNumber", "决定文书号：格式应为“机关代字〔年份〕序号号”，如 赣药监罚〔2024〕12号");
        }
        present("decisionType", "决定类别", d.decisionType());
        text("partyName", "当事人", d.partyName(), LINE);
        present("partyKind", "当事人类别", d.partyKind());
        if (d.partyKind() == PartyKind.NATURAL_PERSON && notBlank(d.partyCreditCode())) {
            error("partyCreditCode", "统一社会信用代码：自然人当事人不填写此栏（身份证号码属于个人信息，不得公开）");
        } else if (d.partyKind() == PartyKind.LEGAL_PERSON && !notBlank(d.partyCreditCode())) {
            error("partyCreditCode", "统一社会信用代码：法人当事人必须填写");
        } else if (notBlank(d.partyCreditCode()) && !CreditCode.isValid(d.partyCreditCode())) {
            error("partyCreditCode", "统一社会信用代码：应为18位且校验码正确（GB 32100）");
        }
        text("facts", "主要违法事实", d.facts(), LONG_TEXT);
        legalBases("legalBases", d.legalBases());
        text("result", "决定内容", d.result(), LONG_TEXT);
        amount("fineAmount", "罚款金额", d.fineAmount());
        amount("confiscatedAmount", "没收金额", d.confiscatedAmount());
        pastDate("decisionDate", "决定日期", d.decisionDate(), today);
    }

    private void officer(OfficerContent o) {
        text("name", "姓名", o.name(), 20);
        if (text("certificateNumber", "执法证号", o.certificateNumber(), 20)
                && !CERTIFICATE_NUMBER.matcher(o.certificateNumber()).matches()) {
            error("certificateNumber", "执法证号：应为6至20位数字或大写字母");
        }
        text("category", "执法类别", o.category(), 40);
        if (text("regionCode", "执法区域代码", o.regionCode(), 6) && !REGION_CODE.matcher(o.regionCode()).matches()) {
            error("regionCode", "执法区域代码：应为6位行政区划代码");
        }
        text("regionName", "执法区域", o.regionName(), 100);
        present("status", "证件状态", o.status());
        if (present("validFrom", "有效期起", o.validFrom()) && present("validUntil", "有效期止", o.validUntil())
                && o.validUntil().isBefore(o.validFrom())) {
            error("validUntil", "有效期止：不能早于有效期起");
        }
    }

    private void item(EnforcementItemContent i) {
        text("code", "事项编码", i.code(), 40);
        text("name", "事项名称", i.name(), LINE);
        present("itemType", "事项类别", i.itemType());
        text("handlingDepartment", "承办机构", i.handlingDepartment(), 100);
        legalBases("legalBases", i.legalBases());
        if (i.timeLimitDays() != null && (i.timeLimitDays() < 0 || i.timeLimitDays() > 3650)) {
            error("timeLimitDays", "办理时限：应为0至3650之间的天数");
        }
        text("timeLimitNote", "时限说明", i.timeLimitNote(), LINE);
        RandomInspection r = i.randomInspection();
        if (r != null) {
            text("randomInspection.subject", "抽查主体", r.subject(), LINE);
            text("randomInspection.targets", "抽查对象", r.targets(), LONG_TEXT);
            text("randomInspection.content", "抽查内容", r.content(), LONG_TEXT);
            text("randomInspection.ratio", "抽查比例", r.ratio(), 100);
            text("randomInspection.method", "抽查方式", r.method(), LINE);
            text("randomInspection.frequency", "抽查频次", r.frequency(), 100);
        }
    }

    private void agency(AgencyProfile a) {
        text("name", "机关名称", a.name(), 100);
        text("legalAuthority", "法定依据", a.legalAuthority(), LONG_TEXT);
        text("duties", "职责", a.duties(), LONG_TEXT);
        text("address", "地址", a.address(), LINE);
        text("phone", "联系电话", a.phone(), 40);
        text("officeHours", "办公时间", a.officeHours(), 100);
        text("supervisionChannel", "监督渠道", a.supervisionChannel(), LONG_TEXT);
        text("complaintChannel", "投诉渠道", a.complaintChannel(), LONG_TEXT);
    }

    private void guide(ServiceGuideContent g) {
        text("title", "指南名称", g.title(), LINE);
        text("acceptingOrgan", "受理机关", g.acceptingOrgan(), LINE);
        text("approvingOrgan", "决定机关", g.approvingOrgan(), LINE);
        text("conditions", "办理条件", g.conditions(), LONG_TEXT);
        if (g.materials().isEmpty()) {
            error("materials", "申请材料：至少列出一项");
        }
        text("timeLimit", "办理时限", g.timeLimit(), LINE);
        text("fees", "收费标准", g.fees(), LINE);
        text("placeAndHours", "办理地点和时间", g.placeAndHours(), 300);
        text("progressEnquiry", "进度查询方式", g.progressEnquiry(), 300);
        text("consultation", "咨询方式", g.consultation(), 300);
        text("complaints", "投诉渠道", g.complaints(), 300);
    }

    private void flowchart(FlowchartContent f) {
        text("title", "流程图名称", f.title(), LINE);
        present("itemType", "事项类别", f.itemType());
        if (f.steps().isEmpty()) {
            error("steps", "流程环节：至少一个环节");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (FlowchartContent.Step step : f.steps()) {
            if (!ids.add(step.id())) {
                error("steps", "流程环节：环节编号“" + step.id() + "”重复");
            }
        }
        for (FlowchartContent.Step step : f.steps()) {
            for (FlowchartContent.Branch branch : step.next()) {
                if (!ids.contains(branch.to())) {
                    error("steps", "流程环节：“" + step.label() + "”指向不存在的环节“" + branch.to() + "”");
                }
            }
        }
    }

    private void rights(RightsNoticeContent r) {
        text("title", "告知名称", r.title(), LINE);
        if (r.rights().isEmpty()) {
            error("rights", "权利事项：至少一项");
        }
        r.rights().stream().filter(right -> notBlank(right.legalBasis()))
                .forEach(right -> legalBasis("rights", right.legalBasis()));
    }

    private void benchmark(DiscretionBenchmarkContent b) {
        text("title", "基准名称", b.title(), LINE);
        text("violation", "违法行为", b.violation(), LONG_TEXT);
        legalBases("legalBases", b.legalBases());
        if (b.levels().isEmpty()) {
            error("levels", "裁量阶次：至少一个阶次");
        }
    }

    private void inspection(InspectionResultContent r, LocalDate today) {
        text("taskName", "抽查任务", r.taskName(), LINE);
        text("inspectedName", "检查对象", r.inspectedName(), LINE);
        if (notBlank(r.inspectedCreditCode()) && !CreditCode.isValid(r.inspectedCreditCode())) {
            error("inspectedCreditCode", "统一社会信用代码：应为18位且校验码正确（GB 32100）");
        }
        pastDate("inspectedOn", "检查日期", r.inspectedOn(), today);
        present("outcome", "检查结果", r.outcome());
        text("findings", "检查情况", r.findings(), LONG_TEXT);
    }

    private void legalBases(String field, List<String> citations) {
        if (citations == null || citations.isEmpty()) {
            error(field, "执法依据：至少列出一条法律条文，如《药品管理法》第一百一十五条");
            return;
        }
        citations.forEach(c -> legalBasis(field, c));
    }

    private void legalBasis(String field, String citation) {
        LegalBasisCheck check = laws.check(citation);
        check.error().ifPresent(message -> error(field, "执法依据“" + citation + "”：" + message));
    }

    private boolean text(String field, String label, String value, int max) {
        if (!notBlank(value)) {
            error(field, label + "：必须填写");
            return false;
        }
        if (value.length() > max) {
            error(field, label + "：不能超过 " + max + " 个字符（现有 " + value.length() + " 个）");
            return false;
        }
        return true;
    }

    private boolean present(String field, String label, Object value) {
        if (value == null) {
            error(field, label + "：必须填写");
            return false;
        }
        return true;
    }

    private void amount(String field, String label, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_AMOUNT) >= 0 || value.scale() > 2)) {
            error(field, label + "：应为不小于零、最多两位小数的金额（元）");
        }
    }

    private void pastDate(String field, String label, LocalDate value, LocalDate today) {
        if (present(field, label, value) && (value.isAfter(today) || value.isBefore(EARLIEST))) {
            error(field, label + "：应在 1990年1月1日 至今天之间");
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
