package cn.zfgs.content.editorial;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The staff the workflow tests act with. Revisions belong to {@link #DISTRICT}, a 区分局 under the 市局
 * {@link #CITY}; {@link #OTHER_DISTRICT} is a neighbouring agency nobody here was granted.
 */
final class Staff {

    static final Long CITY = 1L;
    static final Long DISTRICT = 10L;
    static final Long OTHER_DISTRICT = 20L;

    static final Actor EDITOR_WANG = actor(1, "王承办", DISTRICT, Set.of(StaffRole.EDITOR));
    static final Actor EDITOR_LI = actor(2, "李承办", DISTRICT, Set.of(StaffRole.EDITOR));
    static final Actor REVIEWER_ZHAO = actor(3, "赵审核", DISTRICT, Set.of(StaffRole.REVIEWER));
    static final Actor LEGAL_QIAN = actor(4, "钱法制", DISTRICT, Set.of(StaffRole.LEGAL_REVIEWER));
    static final Actor APPROVER_SUN = actor(5, "孙负责人", DISTRICT, Set.of(StaffRole.APPROVER));
    /** Holds every role in the district: the four-eyes rule must still stop them on their own submission. */
    static final Actor ALL_ROLES_ZHOU = actor(6, "周全能", DISTRICT, EnumSet.allOf(StaffRole.class));
    /** 市局 staff granted the district: may act on its revisions. */
    static final Actor CITY_HEAD_WU = new Actor(7L, "吴市局", CITY,
            Set.of(StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER), Set.of(DISTRICT));
    /** Every role, but in another district and granted nothing: may never act on the district's revisions. */
    static final Actor OUTSIDER_ZHENG = actor(8, "郑外局", OTHER_DISTRICT, EnumSet.allOf(StaffRole.class));
    /** 市局 editor granted a different district than the one the revisions belong to. */
    static final Actor CITY_EDITOR_CHEN = new Actor(9L, "陈市局", CITY, EnumSet.allOf(StaffRole.class),
            Set.of(OTHER_DISTRICT));
    static final Actor ADMIN_FENG = actor(10, "冯管理员", DISTRICT, Set.of(StaffRole.ADMINISTRATOR));

    static final List<Actor> EVERYONE = List.of(EDITOR_WANG, EDITOR_LI, REVIEWER_ZHAO, LEGAL_QIAN, APPROVER_SUN,
            ALL_ROLES_ZHOU, CITY_HEAD_WU, OUTSIDER_ZHENG, CITY_EDITOR_CHEN, ADMIN_FENG);

    static final String SCOPE_MESSAGE = "只能处理本机关或授权的下级机关的内容（谁执法谁公示）";

    private Staff() {
    }

    private static Actor actor(long id, String name, Long agency, Set<StaffRole> roles) {
        return new Actor(id, name, agency, roles, Set.of());
    }
}
