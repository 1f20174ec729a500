package cn.zfgs.content.staff;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.content.workflow.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 执法主体（结构）信息 — what an administrator enters for an agency as a node of the hierarchy: code, name, level,
 * region, parent and the prefix of its document numbers. What the agency publishes about itself is content (kind
 * AGENCY) and goes through revisions.
 */
public record AgencyDetails(String code, String name, AgencyLevel level, String regionCode, String regionName,
        Long parentId, String documentPrefix) {

    private static final Pattern REGION = Pattern.compile("\\d{6}");

    public AgencyDetails {
        code = clean(code).toUpperCase(java.util.Locale.ROOT);
        name = clean(name);
        regionCode = clean(regionCode);
        regionName = clean(regionName);
        documentPrefix = clean(documentPrefix);
    }

    /**
     * Every rule broken, each naming its field. {@code editing} is the agency being changed, null for a new one. A
     * new agency is created below one the administrator administers; a changed parent must be one too, and never the
     * agency itself or one below it. The code is checked when new or changed (older data may predate the check).
     */
    public List<FieldError> check(Actor admin, AgencyTree agencies, Agency editing) {
        List<FieldError> errors = new ArrayList<>();
        if ((editing == null || !code.equals(editing.code())) && !CreditCode.isValid(code)) {
            errors.add(new FieldError("code", "统一社会信用代码：应为 18 位，且末位校验码正确"));
        }
        length(errors, "name", "机关名称", name, 100);
        if (level == null) {
            errors.add(new FieldError("level", "层级：请从列表中选择"));
        }
        if (!REGION.matcher(regionCode).matches()) {
            errors.add(new FieldError("regionCode", "行政区划代码：应为 6 位数字，如 360100"));
        }
        length(errors, "regionName", "行政区划名称", regionName, 100);
        length(errors, "documentPrefix", "文号前缀", documentPrefix, 20);
        boolean parentUnchanged = editing != null && Objects.equals(parentId, editing.parentId());
        if (parentUnchanged) {
            return errors;
        }
        if (parentId == null || !agencies.exists(parentId)) {
            errors.add(new FieldError("parentId", "上级机关：请从列表中选择"));
        } else if (!admin.actsFor(parentId)) {
            errors.add(new FieldError("parentId", "上级机关：只能是您本机关或授权给您的下级机关"));
        } else if (editing != null && (parentId.equals(editing.id()) || agencies.isBelow(parentId, editing.id()))) {
            errors.add(new FieldError("parentId", "上级机关：不能是本机关自身或其下级机关"));
        }
        return errors;
    }

    public String describe() {
        return "code=" + code + ";name=" + name + ";level=" + level + ";region=" + regionCode + " " + regionName
                + ";parent=" + parentId + ";prefix=" + documentPrefix;
    }

    private static void length(List<FieldError> errors, String field, String label, String value, int max) {
        if (value.isEmpty()) {
            errors.add(new FieldError(field, label + "：必须填写"));
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, label + "：最多 " + max + " 个字"));
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
