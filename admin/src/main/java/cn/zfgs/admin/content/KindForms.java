package cn.zfgs.admin.content;

import cn.zfgs.content.model.AgencyProfile;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.DiscretionBenchmarkContent;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.InspectionResultContent;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.content.model.RandomInspection;
import cn.zfgs.content.model.RightsNoticeContent;
import cn.zfgs.content.model.ServiceGuideContent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static cn.zfgs.admin.content.Element.checkbox;
import static cn.zfgs.admin.content.Element.date;
import static cn.zfgs.admin.content.Element.group;
import static cn.zfgs.admin.content.Element.laws;
import static cn.zfgs.admin.content.Element.line;
import static cn.zfgs.admin.content.Element.number;
import static cn.zfgs.admin.content.Element.section;
import static cn.zfgs.admin.content.Element.select;
import static cn.zfgs.admin.content.Element.text;

/**
 * The forms of every kind edited here (decisions have their own, {@code DecisionFormResource}). Lengths follow the
 * validator and the published tables; the validator stays the judge, the forms only add what it cannot see (rows
 * typed half, numbers that are words).
 */
final class KindForms {

    private static final int LINE = 200;
    private static final int LONG = 20_000;
    private static final Map<ContentKind, KindForm> FORMS = new HashMap<>();

    static {
        for (KindForm form : List.of(new Items(), new Officers(), new Guides(), new Flowcharts(), new RightsNotices(),
                new Benchmarks(), new Agencies(), new InspectionResults())) {
            FORMS.put(form.kind(), form);
        }
    }

    private KindForms() {
    }

    static Optional<KindForm> of(ContentKind kind) {
        return Optional.ofNullable(FORMS.get(kind));
    }

    static <E extends Enum<E>> List<Element.Option> options(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Element.Option(e.name(), label.apply(e))).toList();
    }

    private static final List<Element.Option> ITEM_TYPES = options(DecisionType.class, DecisionType::label);

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String yes(boolean value) {
        return value ? "on" : "";
    }

    /** An optional reference to one of the agency's enforcement items: empty, or one of those offered. */
    private static Long itemReference(FormReader in, String name, List<Element.Option> items) {
        String value = in.text(name);
        if (value.isEmpty()) {
            return null;
        }
        if (items.stream().noneMatch(o -> o.value().equals(value))) {
            in.error(name, "关联执法事项：请从列表中选择本机关的执法事项");
            return null;
        }
        return Long.valueOf(value);
    }

    private static List<Element.Option> withNone(List<Element.Option> items) {
        List<Element.Option> options = new ArrayList<>();
        options.add(new Element.Option("", "（不关联）"));
        options.addAll(items);
        return options;
    }

    /** 执法事项, with its random-inspection attributes when it is on the 随机抽查事项清单. */
    static final class Items implements KindForm {
        public ContentKind kind() {
            return ContentKind.ENFORCEMENT_ITEM;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(line("code", "事项编码", 40), line("name", "事项名称", LINE),
                    select("itemType", "事项类别", ITEM_TYPES), line("handlingDepartment", "承办机构", 100),
                    laws("legalBases", "执法依据"),
                    number("timeLimitDays", "法定办理时限（天，可空）", "0 至 3650 之间的整数"),
                    line("timeLimitNote", "时限说明", LINE, "如：自受理之日起二十个工作日内作出决定"),
                    section("randomInspection", "列入随机抽查事项清单", List.of(
                            line("randomInspection.subject", "抽查主体", LINE),
                            text("randomInspection.targets", "抽查对象", LONG),
                            text("randomInspection.content", "抽查内容", LONG),
                            line("randomInspection.ratio", "抽查比例", 100, "如：不低于 5%"),
                            line("randomInspection.method", "抽查方式", LINE),
                            line("randomInspection.frequency", "抽查频次", 100, "如：每年一次"))));
        }

        public Map<String, String> values(Content content) {
            EnforcementItemContent i = (EnforcementItemContent) content;
            Map<String, String> v = new HashMap<>();
            v.put("code", i.code());
            v.put("name", i.name());
            v.put("itemType", str(i.itemType() == null ? null : i.itemType().name()));
            v.put("handlingDepartment", i.handlingDepartment());
            v.put("legalBases", String.join("\n", i.legalBases()));
            v.put("timeLimitDays", str(i.timeLimitDays()));
            v.put("timeLimitNote", i.timeLimitNote());
            RandomInspection r = i.randomInspection();
            if (r != null) {
                v.put("randomInspection", "on");
                v.put("randomInspection.subject", r.subject());
                v.put("randomInspection.targets", r.targets());
                v.put("randomInspection.content", r.content());
                v.put("randomInspection.ratio", r.ratio());
                v.put("randomInspection.method", r.method());
                v.put("randomInspection.frequency", r.frequency());
            }
            v.replaceAll((k, value) -> str(value));
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            DecisionType type = in.choice(DecisionType.class, "itemType", "事项类别");
            Integer days = in.integer("timeLimitDays", "法定办理时限", 0, 3650);
            RandomInspection inspection = in.flag("randomInspection")
                    ? new RandomInspection(in.text("randomInspection.subject"), in.text("randomInspection.targets"),
                            in.text("randomInspection.content"), in.text("randomInspection.ratio"),
                            in.text("randomInspection.method"), in.text("randomInspection.frequency"))
                    : null;
            return new EnforcementItemContent(in.text("code"), in.text("name"), type, in.text("handlingDepartment"),
                    in.lines("legalBases"), days, in.text("timeLimitNote"), inspection);
        }
    }

    /** 执法人员 with the certificate the public verifies. */
    static final class Officers implements KindForm {
        public ContentKind kind() {
            return ContentKind.OFFICER;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(line("name", "姓名", 20), line("certificateNumber", "执法证号", 20, "6 至 20 位数字或大写字母"),
                    line("category", "执法类别", 40, "如：药品监管"),
                    line("regionCode", "执法区域代码", 6, "6 位行政区划代码，如 360100"),
                    line("regionName", "执法区域", 100),
                    select("status", "证件状态", options(OfficerStatus.class, OfficerStatus::label)),
                    date("validFrom", "有效期起"), date("validUntil", "有效期止"),
                    checkbox("legalReviewer", "法制审核人员"));
        }

        public Map<String, String> values(Content content) {
            OfficerContent o = (OfficerContent) content;
            Map<String, String> v = new HashMap<>();
            v.put("name", str(o.name()));
            v.put("certificateNumber", str(o.certificateNumber()));
            v.put("category", str(o.category()));
            v.put("regionCode", str(o.regionCode()));
            v.put("regionName", str(o.regionName()));
            v.put("status", o.status() == null ? "" : o.status().name());
            v.put("validFrom", str(o.validFrom()));
            v.put("validUntil", str(o.validUntil()));
            v.put("legalReviewer", yes(o.legalReviewer()));
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            return new OfficerContent(in.text("name"), in.text("certificateNumber"), in.text("category"),
                    in.text("regionCode"), in.text("regionName"),
                    in.choice(OfficerStatus.class, "status", "证件状态"), in.date("validFrom", "有效期起"),
                    in.date("validUntil", "有效期止"), in.flag("legalReviewer"));
        }
    }

    /** 服务指南 with its list of application materials. */
    static final class Guides implements KindForm {
        public ContentKind kind() {
            return ContentKind.SERVICE_GUIDE;
        }

        public boolean needsItems() {
            return true;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(select("enforcementItemId", "关联执法事项", withNone(items)), line("title", "指南名称", LINE),
                    line("acceptingOrgan", "受理机关", LINE), line("approvingOrgan", "决定机关", LINE),
                    text("conditions", "办理条件", LONG),
                    group("materials", "申请材料", "每项一组；空白的组不保存", List.of(
                            line("name", "材料名称", LINE), line("form", "形式", 100, "如：原件、复印件"),
                            number("copies", "份数", "1 至 99"), line("sampleNote", "示范文本说明（可空）", LINE))),
                    line("timeLimit", "办理时限", LINE), line("fees", "收费标准", LINE),
                    line("placeAndHours", "办理地点和时间", 300), line("progressEnquiry", "进度查询方式", 300),
                    line("consultation", "咨询方式", 300), line("complaints", "投诉渠道", 300));
        }

        public Map<String, String> values(Content content) {
            ServiceGuideContent g = (ServiceGuideContent) content;
            Map<String, String> v = new HashMap<>();
            v.put("enforcementItemId", str(g.enforcementItemId()));
            v.put("title", str(g.title()));
            v.put("acceptingOrgan", str(g.acceptingOrgan()));
            v.put("approvingOrgan", str(g.approvingOrgan()));
            v.put("conditions", str(g.conditions()));
            for (int i = 0; i < g.materials().size(); i++) {
                ServiceGuideContent.Material m = g.materials().get(i);
                v.put(FormState.cellName("materials", i, "name"), str(m.name()));
                v.put(FormState.cellName("materials", i, "form"), str(m.form()));
                v.put(FormState.cellName("materials", i, "copies"), String.valueOf(m.copies()));
                v.put(FormState.cellName("materials", i, "sampleNote"), str(m.sampleNote()));
            }
            v.put("timeLimit", str(g.timeLimit()));
            v.put("fees", str(g.fees()));
            v.put("placeAndHours", str(g.placeAndHours()));
            v.put("progressEnquiry", str(g.progressEnquiry()));
            v.put("consultation", str(g.consultation()));
            v.put("complaints", str(g.complaints()));
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            Long item = itemReference(in, "enforcementItemId", items);
            List<ServiceGuideContent.Material> materials = new ArrayList<>();
            for (FormReader.Row row : in.rows("materials")) {
                String name = in.required(row, "name", "材料名称", LINE);
                String form = in.required(row, "form", "形式", 100);
                Integer copies = in.integer(row.name("copies"), "第 " + (row.index() + 1) + " 项：份数", 1, 99);
                if (row.get("copies").isEmpty()) {
                    in.error(row.name("copies"), "第 " + (row.index() + 1) + " 项：份数必须填写");
                }
                String note = in.optional(row, "sampleNote", "示范文本说明", LINE);
                materials.add(new ServiceGuideContent.Material(name, form, copies == null ? 0 : copies, note));
            }
            return new ServiceGuideContent(item, in.text("title"), in.text("acceptingOrgan"),
                    in.text("approvingOrgan"), in.text("conditions"), materials, in.text("timeLimit"),
                    in.text("fees"), in.text("placeAndHours"), in.text("progressEnquiry"), in.text("consultation"),
                    in.text("complaints"));
        }
    }

    /** 执法流程图: steps with their branches, written “2；3：材料不全时” (target, then an optional condition). */
    static final class Flowcharts implements KindForm {
        public ContentKind kind() {
            return ContentKind.FLOWCHART;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(line("title", "流程图名称", LINE), select("itemType", "事项类别", ITEM_TYPES),
                    group("steps", "流程环节", "按办理顺序填写；空白的组不保存", List.of(
                            line("id", "环节编号", 20, "如 1、2、3，在本流程图内不重复"), line("label", "环节名称", 100),
                            line("actor", "办理人（可空）", 100), line("timeLimit", "时限（可空）", 100),
                            line("next", "下一环节（可空）", 400,
                                    "下一环节的编号，多个用“；”分隔，可加条件，如：3；6：材料不全时"))));
        }

        public Map<String, String> values(Content content) {
            FlowchartContent f = (FlowchartContent) content;
            Map<String, String> v = new HashMap<>();
            v.put("title", str(f.title()));
            v.put("itemType", f.itemType() == null ? "" : f.itemType().name());
            for (int i = 0; i < f.steps().size(); i++) {
                FlowchartContent.Step s = f.steps().get(i);
                v.put(FormState.cellName("steps", i, "id"), str(s.id()));
                v.put(FormState.cellName("steps", i, "label"), str(s.label()));
                v.put(FormState.cellName("steps", i, "actor"), str(s.actor()));
                v.put(FormState.cellName("steps", i, "timeLimit"), str(s.timeLimit()));
                v.put(FormState.cellName("steps", i, "next"), String.join("；", s.next().stream()
                        .map(b -> b.condition() == null || b.condition().isEmpty() ? b.to()
                                : b.to() + "：" + b.condition()).toList()));
            }
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            DecisionType type = in.choice(DecisionType.class, "itemType", "事项类别");
            List<FlowchartContent.Step> steps = new ArrayList<>();
            for (FormReader.Row row : in.rows("steps")) {
                String id = in.required(row, "id", "环节编号", 20);
                String label = in.required(row, "label", "环节名称", 100);
                String actor = in.optional(row, "actor", "办理人", 100);
                String limit = in.optional(row, "timeLimit", "时限", 100);
                List<FlowchartContent.Branch> next = new ArrayList<>();
                for (String part : in.optional(row, "next", "下一环节", 400).split("[;；]")) {
                    String[] target = part.strip().split("[:：]", 2);
                    if (!target[0].isBlank()) {
                        next.add(new FlowchartContent.Branch(target[0].strip(),
                                target.length > 1 ? target[1].strip() : ""));
                    }
                }
                steps.add(new FlowchartContent.Step(id, label, actor, limit, next));
            }
            return new FlowchartContent(in.text("title"), type, steps);
        }
    }

    /** 权利告知: one group per right. */
    static final class RightsNotices implements KindForm {
        public ContentKind kind() {
            return ContentKind.RIGHTS_NOTICE;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(line("title", "告知名称", LINE), select("itemType", "事项类别", ITEM_TYPES),
                    group("rights", "权利事项", "每项权利一组；空白的组不保存", List.of(
                            line("name", "权利名称", 100, "如：陈述权、申辩权、申请听证权、申请行政复议、提起行政诉讼"),
                            text("text", "告知内容", 4000), line("timeLimit", "行使期限（可空）", 100, "如：收到告知书之日起五个工作日内"),
                            line("legalBasis", "法律依据（可空）", LINE, "一条，如《行政处罚法》第六十三条"))));
        }

        public Map<String, String> values(Content content) {
            RightsNoticeContent r = (RightsNoticeContent) content;
            Map<String, String> v = new HashMap<>();
            v.put("title", str(r.title()));
            v.put("itemType", r.itemType() == null ? "" : r.itemType().name());
            for (int i = 0; i < r.rights().size(); i++) {
                RightsNoticeContent.Right right = r.rights().get(i);
                v.put(FormState.cellName("rights", i, "name"), str(right.name()));
                v.put(FormState.cellName("rights", i, "text"), str(right.text()));
                v.put(FormState.cellName("rights", i, "timeLimit"), str(right.timeLimit()));
                v.put(FormState.cellName("rights", i, "legalBasis"), str(right.legalBasis()));
            }
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            DecisionType type = in.choice(DecisionType.class, "itemType", "事项类别");
            List<RightsNoticeContent.Right> rights = new ArrayList<>();
            for (FormReader.Row row : in.rows("rights")) {
                rights.add(new RightsNoticeContent.Right(in.required(row, "name", "权利名称", 100),
                        in.required(row, "text", "告知内容", 4000), in.optional(row, "timeLimit", "行使期限", 100),
                        in.optional(row, "legalBasis", "法律依据", LINE)));
            }
            return new RightsNoticeContent(in.text("title"), type, rights);
        }
    }

    /** 裁量基准: the violation, its legal bases, and one group per grade. */
    static final class Benchmarks implements KindForm {
        public ContentKind kind() {
            return ContentKind.DISCRETION_BENCHMARK;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(line("title", "基准名称", LINE), text("violation", "违法行为", LONG),
                    laws("legalBases", "执法依据"),
                    group("levels", "裁量阶次", "从轻到重，每个阶次一组；空白的组不保存", List.of(
                            line("grade", "阶次", 20, "如：轻微、一般、较重、严重"),
                            text("circumstances", "适用情形", 4000), text("penalty", "处罚标准", 4000))));
        }

        public Map<String, String> values(Content content) {
            DiscretionBenchmarkContent b = (DiscretionBenchmarkContent) content;
            Map<String, String> v = new HashMap<>();
            v.put("title", str(b.title()));
            v.put("violation", str(b.violation()));
            v.put("legalBases", String.join("\n", b.legalBases()));
            for (int i = 0; i < b.levels().size(); i++) {
                DiscretionBenchmarkContent.Level level = b.levels().get(i);
                v.put(FormState.cellName("levels", i, "grade"), str(level.grade()));
                v.put(FormState.cellName("levels", i, "circumstances"), str(level.circumstances()));
                v.put(FormState.cellName("levels", i, "penalty"), str(level.penalty()));
            }
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            List<DiscretionBenchmarkContent.Level> levels = new ArrayList<>();
            for (FormReader.Row row : in.rows("levels")) {
                levels.add(new DiscretionBenchmarkContent.Level(in.required(row, "grade", "阶次", 20),
                        in.required(row, "circumstances", "适用情形", 4000),
                        in.required(row, "penalty", "处罚标准", 4000)));
            }
            return new DiscretionBenchmarkContent(in.text("title"), in.text("violation"), in.lines("legalBases"),
                    levels);
        }
    }

    /** 执法主体信息: the agency's own public profile (one per agency). */
    static final class Agencies implements KindForm {
        public ContentKind kind() {
            return ContentKind.AGENCY;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(line("name", "机关名称", 100), text("legalAuthority", "法定依据", LONG),
                    text("duties", "职责", LONG), line("address", "地址", LINE), line("phone", "联系电话", 40),
                    line("officeHours", "办公时间", 100), text("supervisionChannel", "监督渠道", LONG),
                    text("complaintChannel", "投诉渠道", LONG));
        }

        public Map<String, String> values(Content content) {
            AgencyProfile a = (AgencyProfile) content;
            Map<String, String> v = new HashMap<>();
            v.put("name", str(a.name()));
            v.put("legalAuthority", str(a.legalAuthority()));
            v.put("duties", str(a.duties()));
            v.put("address", str(a.address()));
            v.put("phone", str(a.phone()));
            v.put("officeHours", str(a.officeHours()));
            v.put("supervisionChannel", str(a.supervisionChannel()));
            v.put("complaintChannel", str(a.complaintChannel()));
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            return new AgencyProfile(in.text("name"), in.text("legalAuthority"), in.text("duties"),
                    in.text("address"), in.text("phone"), in.text("officeHours"), in.text("supervisionChannel"),
                    in.text("complaintChannel"));
        }
    }

    /** 双随机抽查结果 of one inspected entity. */
    static final class InspectionResults implements KindForm {
        public ContentKind kind() {
            return ContentKind.INSPECTION_RESULT;
        }

        public boolean needsItems() {
            return true;
        }

        public List<Element> layout(List<Element.Option> items) {
            return List.of(line("taskName", "抽查任务", LINE), select("enforcementItemId", "关联执法事项", withNone(items)),
                    line("inspectedName", "检查对象", LINE),
                    line("inspectedCreditCode", "统一社会信用代码（可空）", 18),
                    date("inspectedOn", "检查日期"),
                    select("outcome", "检查结果", options(InspectionOutcome.class, InspectionOutcome::label)),
                    text("findings", "检查情况", LONG, "个人信息将在公开前屏蔽"), text("followUp", "后续处理", LONG));
        }

        public Map<String, String> values(Content content) {
            InspectionResultContent r = (InspectionResultContent) content;
            Map<String, String> v = new HashMap<>();
            v.put("taskName", str(r.taskName()));
            v.put("enforcementItemId", str(r.enforcementItemId()));
            v.put("inspectedName", str(r.inspectedName()));
            v.put("inspectedCreditCode", str(r.inspectedCreditCode()));
            v.put("inspectedOn", str(r.inspectedOn()));
            v.put("outcome", r.outcome() == null ? "" : r.outcome().name());
            v.put("findings", str(r.findings()));
            v.put("followUp", str(r.followUp()));
            return v;
        }

        public Content read(FormReader in, List<Element.Option> items) {
            String code = in.text("inspectedCreditCode");
            return new InspectionResultContent(in.text("taskName"), itemReference(in, "enforcementItemId", items),
                    in.text("inspectedName"), code.isEmpty() ? null : code, in.date("inspectedOn", "检查日期"),
                    in.choice(InspectionOutcome.class, "outcome", "检查结果"), in.text("findings"),
                    in.text("followUp"));
        }
    }
}
