package cn.zfgs.content.staff;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.workflow.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * 工作人员信息 — what an administrator enters for a staff account: username (fixed once created), name, own agency,
 * roles, and the subordinate agencies granted beyond the own one.
 */
public record StaffDetails(String username, String displayName, Long agencyId, Set<StaffRole> roles,
        Set<Long> grantedAgencyIds) {

    public static final int MAX_NAME = 40;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");

    public StaffDetails {
        username = username == null ? "" : username.strip();
        displayName = displayName == null ? "" : displayName.strip();
        roles = Set.copyOf(roles);
        grantedAgencyIds = Set.copyOf(grantedAgencyIds);
    }

    /**
     * Every rule broken, each naming its field. {@code editing} is the account being changed (null for a new one):
     * its username is not checked again, and an administrator may not take their own administrator role away.
     * A new grant must lie below the staff member's own agency (谁执法谁公示, with supervision of subordinates only),
     * and nobody grants more than they administer themselves; grants the account already {@code holds} stay valid
     * (they may predate these rules, as the demo administrator's do).
     */
    public List<FieldError> check(Actor admin, AgencyTree agencies, Long editing, Set<Long> holds) {
        List<FieldError> errors = new ArrayList<>();
        if (editing == null && !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "用户名：3 至 40 个字符，只能使用字母、数字、点、下划线和连字符"));
        }
        if (displayName.isEmpty()) {
            errors.add(new FieldError("displayName", "姓名：必须填写"));
        } else if (displayName.codePointCount(0, displayName.length()) > MAX_NAME) {
            errors.add(new FieldError("displayName", "姓名：最多 " + MAX_NAME + " 个字"));
        }
        if (!agencies.exists(agencyId)) {
            errors.add(new FieldError("agencyId", "所属机关：请从列表中选择"));
        } else if (!admin.actsFor(agencyId)) {
            errors.add(new FieldError("agencyId", "所属机关：只能是您本机关或授权给您的下级机关"));
        }
        if (roles.isEmpty()) {
            errors.add(new FieldError("roles", "角色：至少选择一个"));
        } else if (admin.id().equals(editing) && !roles.contains(StaffRole.ADMINISTRATOR)) {
            errors.add(new FieldError("roles", "角色：不能取消您本人的" + StaffRole.ADMINISTRATOR.label() + "角色"));
        }
        for (Long granted : new TreeSet<>(grantedAgencyIds)) {
            if (holds.contains(granted) && agencies.exists(granted)) {
                continue;
            }
            if (!agencies.exists(granted)) {
                errors.add(new FieldError("grants", "授权的下级机关：编号 " + granted + " 的机关不存在"));
            } else if (agencies.exists(agencyId) && !agencies.isBelow(granted, agencyId)) {
                errors.add(new FieldError("grants", "授权的下级机关：“" + agencies.name(granted) + "”不是所属机关的下级机关"));
            } else if (!admin.actsFor(granted)) {
                errors.add(new FieldError("grants", "授权的下级机关：“" + agencies.name(granted) + "”不在您本人的管理范围内"));
            }
        }
        return errors;
    }

    /** How the record chain keeps the change: no password, nothing else secret. */
    public String describe() {
        return "username=" + username + ";name=" + displayName + ";agency=" + agencyId + ";roles="
                + new TreeSet<>(roles) + ";grants=" + new TreeSet<>(grantedAgencyIds);
    }
}
