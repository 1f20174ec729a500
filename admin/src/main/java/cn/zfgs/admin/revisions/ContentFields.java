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

    record Field(String label, String value) {
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("documentNumber", "文号"), Map.entry("decisionType", "决定类别"),
            Map.entry("partyName", "当事人"), Map.entry("partyKind", "当事人类别"),
            Map.entry("partyCreditCode", "统一社会信用代码"), Map.entry("enforcementItemId", "执法事项编号"),
            Map.entry("facts", "违法事实"), Map.entry("legalBases", "法律依据"), Map.entry("result", "处理结果"),
            Map.entry("fineAmount", "罚款金额（元）"), Map.entry("confiscatedAmount", "没收金额（元）"),
            Map.entry("decisionDate", "决定日期"), Map.entry("hearingHeld", "是否举行听证"),
            Map.entry("licenceRevoked", "是否吊销许可证件"), Map.entry("name", "名称"), Map.entry("code", "编码"),
            Map.entry("title", "标题"));

    private ContentFields() {
    }

    static List<Field> of(Content content) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : content.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(content);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(component.getName(), e);
            }
            fields.add(new Field(LABELS.getOrDefault(component.getName(), component.getName()), display(value)));
        }
        return fields;
    }

    private static String display(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof Collection<?> c) {
            return String.join("\n", c.stream().map(String::valueOf).toList());
        }
        if (value instanceof Enum<?> e) {
            try {
                return (String) e.getClass().getMethod("label").invoke(e);
            } catch (ReflectiveOperationException noLabel) {
                return e.name();
            }
        }
        return String.valueOf(value);
    }
}
