package cn.zfgs.content.demo;

import cn.zfgs.content.editorial.StaffRole;

import java.util.List;
import java.util.Set;

/**
 * 演示账号 — the staff accounts the demo creates, all with the one published password {@link #PASSWORD}, so that
 * the README and the login page can list them. Each agency has the four workflow roles (承办人, 审核人, 法制审核人员,
 * 负责人); the city's legal reviewer is also granted the county bureau (市局法制科协助县局法制审核); {@code admin} is
 * the 系统管理员.
 */
public final class DemoAccounts {

    /** The password of every demo account. Never use the demo data on a public server. */
    public static final String PASSWORD = "Demo@2026";

    /** 演示账号 — username, display name, agency, roles, agencies granted beyond its own, and what it is for. */
    public record Account(String username, String displayName, DemoAgency agency, Set<StaffRole> roles,
            Set<DemoAgency> grantedAgencies, String description) {

        public Account {
            roles = Set.copyOf(roles);
            grantedAgencies = Set.copyOf(grantedAgencies);
        }

        public boolean has(StaffRole role) {
            return roles.contains(role);
        }
    }

    public static final List<Account> ALL = List.of(
            account("yjj.editor", "刘文涛", DemoAgency.PROVINCE_DRUGS, StaffRole.EDITOR),
            account("yjj.reviewer", "熊丽华", DemoAgency.PROVINCE_DRUGS, StaffRole.REVIEWER),
            account("yjj.legal", "万志明", DemoAgency.PROVINCE_DRUGS, StaffRole.LEGAL_REVIEWER),
            account("yjj.approver", "胡建平", DemoAgency.PROVINCE_DRUGS, StaffRole.APPROVER),
            account("sjj.editor", "涂晓东", DemoAgency.CITY_MARKET, StaffRole.EDITOR),
            account("sjj.reviewer", "邹敏", DemoAgency.CITY_MARKET, StaffRole.REVIEWER),
            new Account("sjj.legal", "饶国华", DemoAgency.CITY_MARKET, Set.of(StaffRole.LEGAL_REVIEWER),
                    Set.of(DemoAgency.COUNTY_MARKET),
                    describe(DemoAgency.CITY_MARKET, StaffRole.LEGAL_REVIEWER) + "，并受权办理进贤县市场监督管理局的法制审核"),
            account("sjj.approver", "黄卫东", DemoAgency.CITY_MARKET, StaffRole.APPROVER),
            account("xjj.editor", "李春梅", DemoAgency.COUNTY_MARKET, StaffRole.EDITOR),
            account("xjj.reviewer", "吴海波", DemoAgency.COUNTY_MARKET, StaffRole.REVIEWER),
            account("xjj.legal", "陈静", DemoAgency.COUNTY_MARKET, StaffRole.LEGAL_REVIEWER),
            account("xjj.approver", "罗长春", DemoAgency.COUNTY_MARKET, StaffRole.APPROVER),
            account("wjw.editor", "彭雪梅", DemoAgency.PROVINCE_HEALTH, StaffRole.EDITOR),
            account("wjw.reviewer", "曾俊杰", DemoAgency.PROVINCE_HEALTH, StaffRole.REVIEWER),
            account("wjw.legal", "余淑珍", DemoAgency.PROVINCE_HEALTH, StaffRole.LEGAL_REVIEWER),
            account("wjw.approver", "徐振华", DemoAgency.PROVINCE_HEALTH, StaffRole.APPROVER),
            new Account("admin", "系统管理员", DemoAgency.PROVINCE_DRUGS, Set.of(StaffRole.ADMINISTRATOR),
                    Set.of(DemoAgency.CITY_MARKET, DemoAgency.COUNTY_MARKET, DemoAgency.PROVINCE_HEALTH),
                    "系统管理员：管理账号、节假日安排、各机关的公示规则和全过程记录校验"));

    private DemoAccounts() {
    }

    /** The account holding {@code role} in {@code agency} (for the workflow roles, there is exactly one). */
    public static Account holder(DemoAgency agency, StaffRole role) {
        return ALL.stream().filter(a -> a.agency() == agency && a.has(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(agency + " has no " + role));
    }

    private static Account account(String username, String displayName, DemoAgency agency, StaffRole role) {
        return new Account(username, displayName, agency, Set.of(role), Set.of(), describe(agency, role));
    }

    private static String describe(DemoAgency agency, StaffRole role) {
        return agency.agencyName() + role.label();
    }
}
