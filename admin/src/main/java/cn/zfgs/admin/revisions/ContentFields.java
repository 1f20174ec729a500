package cn.zfgs.admin.revisions;

import cn.zfgs.content.model.Content;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The fields of any content record as label/value pairs, for reviewers to read exactly what they approve. */
final class ContentFields {

    record Field(String name, String label, String value) {
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("documentNumber", "文号"), Map.entry("decisionType", "决定类别"),
            Map.entry("partyName", "当事人"), Map.entry("partyKind", "当事人类别"),
            Map.entry("partyCreditCode", "统一社会信用代码"), Map.entry("enforcementItemId", "执法事项编号"),
            Map.entry("facts", "违法事实"), Map.entry("legalBases", "法律依据"), Map.entry("result", "处理结果"),
            Map.entry("fineAmount", "罚款金额（元）"), Map.entry("confiscatedAmount", "没收金额（元）"),
            Map.entry("decisionDate", "决定日期"), Map.entry("hearingHeld", "是否举行听证"),
            Map.entry("licenceRevoked", "是否吊销许可证件"), Map.entry("name", "名称"), Map.entry("code", "编码"),
            Map.entry("title", "标题"), Map.entry("itemType", "事项类别"), Map.entry("handlingDepartment", "承办机构"),
            Map.entry("timeLimitDays", "法定办理时限（天）"), Map.entry("timeLimitNote", "时限说明"),
            Map.entry("randomInspection", "随机抽查（主体 · 对象 · 内容 · 比例 · 方式 · 频次）"),
            Map.entry("certificateNumber", "执法证号"), Map.entry("category", "执法类别"),
            Map.entry("regionCode", "执法区域代码"), Map.entry("regionName", "执法区域"), Map.entry("status", "证件状态"),
            Map.entry("validFrom", "有效期起"), Map.entry("validUntil", "有效期止"),
            Map.entry("legalReviewer", "法制审核人员"), Map.entry("acceptingOrgan", "受理机关"),
            Map.entry("approvingOrgan", "决定机关"), Map.entry("conditions", "办理条件"),
            Map.entry("materials", "申请材料（名称 · 形式 · 份数 · 示范文本）"), Map.entry("timeLimit", "办理时限"),
            Map.entry("fees", "收费标准"), Map.entry("placeAndHours", "办理地点和时间"),
            Map.entry("progressEnquiry", "进度查询"), Map.entry("consultation", "咨询方式"),
            Map.entry("complaints", "投诉渠道"), Map.entry("steps", "流程环节（编号 · 名称 · 办理人 · 时限 · 下一环节）"),
            Map.entry("rights", "权利事项（名称 · 内容 · 期限 · 依据）"), Map.entry("violation", "违法行为"),
            Map.entry("levels", "裁量阶次（阶次 · 情形 · 处罚）"), Map.entry("legalAuthority", "法定依据"),
            Map.entry("duties", "职责"), Map.entry("address", "地址"), Map.entry("phone", "联系电话"),
            Map.entry("officeHours", "办公时间"), Map.entry("supervisionChannel", "监督渠道"),
            Map.entry("complaintChannel", "投诉渠道"), Map.entry("taskName", "抽查任务"),
            Map.entry("inspectedName", "检查对象"), Map.entry("inspectedCreditCode", "检查对象统一社会信用代码"),
            Map.entry("inspectedOn", "检查日期"), Map.entry("outcome", "检查结果"), Map.entry("findings", "检查情况"),
            Map.entry("followUp", "后续处理"), Map.entry("year", "年度"), Map.entry("agencyName", "执法主体"),
            Map.entry("figures", "统计数据（年度 · 决定件数 · 按类别 · 按月份 · 罚没款 · 许可准予 · 许可不予 · 抽查 · 更正 · "
                    + "撤回 · 公开时效）"),
            Map.entry("agencies", "分机关（机关编号 · 名称 · 决定件数 · 罚款合计）"));

    private ContentFields() {
    }

    static List<Field> of(Content content) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : content.getClass().getRecordComponents()) {
            fields.add(new Field(component.getName(), label(component.getName()),
                    display(value(component, content))));
        }
        return fields;
    }

    static String label(String name) {
        return LABELS.getOrDefault(name, name);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(component.getName(), e);
        }
    }

    private static String display(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof Collection<?> c) {
            return String.join("\n", c.stream().map(ContentFields::display).toList());
        }
        if (value instanceof java.util.Map<?, ?> m) {
            return String.join("；", m.entrySet().stream()
                    .map(e -> display(e.getKey()) + " " + display(e.getValue())).toList());
        }
        if (value instanceof Enum<?> e) {
            try {
                return (String) e.getClass().getMethod("label").invoke(e);
            } catch (ReflectiveOperationException noLabel) {
                return e.name();
            }
        }
        if (value instanceof Record r) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                String part = display(value(component, r));
                parts.add(part.replace('\n', '；'));
            }
            return String.join(" · ", parts);
        }
        return String.valueOf(value);
    }
}
