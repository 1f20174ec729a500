package cn.zfgs.content.staff;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.content.workflow.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules an administrator's changes to staff and agencies must keep, without a database. */
class StaffRulesTest {

    // 省局 1 → 市局 2 → 区局 3; 市局 4 is a neighbour under the same province.
    private static final AgencyTree TREE = new AgencyTree(List.of(new AgencyTree.Node(1L, null, "省局"),
            new AgencyTree.Node(2L, 1L, "市局"), new AgencyTree.Node(3L, 2L, "区局"),
            new AgencyTree.Node(4L, 1L, "邻市局")));
    /** The 市局's administrator, granted its 区局. */
    private static final Actor CITY_ADMIN = new Actor(7L, "市管理员", 2L, Set.of(StaffRole.ADMINISTRATOR), Set.of(3L));
    private static final String CODE = "11360100MB1234567" + CreditCode.checkCharacter("11360100MB1234567");

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void belowIsStrictAndFollowsTheWholeChain() {
        assertThat(TREE.isBelow(3L, 1L)).isTrue();
        assertThat(TREE.isBelow(3L, 3L)).isFalse();
        assertThat(TREE.isBelow(2L, 3L)).isFalse();
        assertThat(TREE.isBelow(4L, 2L)).isFalse();
    }

    @Test
    void aValidAccountPasses() {
        StaffDetails details = new StaffDetails("wang.li", "王丽", 2L, Set.of(StaffRole.EDITOR), Set.of(3L));
        assertThat(details.check(CITY_ADMIN, TREE, null, Set.of())).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        StaffDetails details = new StaffDetails("王 丽", " ", 4L, Set.of(), Set.of(1L, 99L));
        List<FieldError> errors = details.check(CITY_ADMIN, TREE, null, Set.of());
        assertThat(fields(errors)).containsExactly("username", "displayName", "agencyId", "roles", "grants",
                "grants");
        assertThat(errors).extracting(FieldError::message).contains("所属机关：只能是您本机关或授权给您的下级机关",
                "角色：至少选择一个", "授权的下级机关：编号 99 的机关不存在");
    }

    @Test
    void grantsLieBelowTheOwnAgencyAndWithinTheAdministratorsScope() {
        assertThat(new StaffDetails("a.b", "甲", 3L, Set.of(StaffRole.EDITOR), Set.of(2L))
                .check(CITY_ADMIN, TREE, null, Set.of())).extracting(FieldError::message)
                .containsExactly("授权的下级机关：“市局”不是所属机关的下级机关");
        Actor districtAdmin = new Actor(8L, "区管理员", 2L, Set.of(StaffRole.ADMINISTRATOR), Set.of());
        assertThat(new StaffDetails("a.b", "甲", 2L, Set.of(StaffRole.EDITOR), Set.of(3L))
                .check(districtAdmin, TREE, null, Set.of())).extracting(FieldError::message)
                .containsExactly("授权的下级机关：“区局”不在您本人的管理范围内");
    }

    @Test
    void grantsAlreadyHeldStayWhenTheAccountIsEdited() {
        Actor provinceAdmin = new Actor(9L, "省管理员", 1L, Set.of(StaffRole.ADMINISTRATOR), Set.of(2L, 3L, 4L));
        StaffDetails details = new StaffDetails("", "甲", 3L, Set.of(StaffRole.EDITOR), Set.of(4L));
        assertThat(details.check(provinceAdmin, TREE, 20L, Set.of(4L))).isEmpty();
        assertThat(details.check(provinceAdmin, TREE, 20L, Set.of())).extracting(FieldError::message)
                .containsExactly("授权的下级机关：“邻市局”不是所属机关的下级机关");
    }

    @Test
    void anAdministratorKeepsTheirOwnAdministratorRole() {
        StaffDetails details = new StaffDetails("", "市管理员", 2L, Set.of(StaffRole.EDITOR), Set.of());
        assertThat(details.check(CITY_ADMIN, TREE, 7L, Set.of())).extracting(FieldError::message)
                .containsExactly("角色：不能取消您本人的系统管理员角色");
        assertThat(details.check(CITY_ADMIN, TREE, 8L, Set.of())).isEmpty();
    }

    @Test
    void passwordsNeedLengthLettersDigitsAndTheSameConfirmation() {
        assertThat(Passwords.check("Abcdefgh12", "Abcdefgh12")).isEmpty();
        assertThat(Passwords.check("short1", "short1")).extracting(FieldError::message)
                .containsExactly("密码：至少 10 个字符");
        assertThat(Passwords.check("abcdefghijk", "abcdefghijx")).extracting(FieldError::message)
                .containsExactly("密码：须同时包含字母和数字", "确认密码：两次输入的密码不一致");
    }

    @Test
    void aNewAgencyGoesBelowOneTheAdministratorAdministers() {
        AgencyDetails details = new AgencyDetails(CODE, "某区局", AgencyLevel.COUNTY, "360102", "南昌市东湖区", 3L,
                "东市监罚");
        assertThat(details.check(CITY_ADMIN, TREE, null)).isEmpty();
        assertThat(new AgencyDetails(CODE, "某区局", AgencyLevel.COUNTY, "360102", "东湖区", 4L, "东")
                .check(CITY_ADMIN, TREE, null)).extracting(FieldError::message)
                .containsExactly("上级机关：只能是您本机关或授权给您的下级机关");
        assertThat(fields(new AgencyDetails("123", "", null, "36", "", null, "").check(CITY_ADMIN, TREE, null)))
                .containsExactly("code", "name", "level", "regionCode", "regionName", "documentPrefix", "parentId");
    }

    @Test
    void anAgencyCannotBeMovedBelowItself() throws ReflectiveOperationException {
        Agency city = new Agency(CODE, "市局", AgencyLevel.CITY, "360100", "南昌市", 1L, "洪市监罚", Instant.EPOCH);
        var id = Agency.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(city, 2L);
        Actor provinceAdmin = new Actor(9L, "省管理员", 1L, Set.of(StaffRole.ADMINISTRATOR), Set.of(2L, 3L));
        assertThat(details(1L).check(provinceAdmin, TREE, city)).isEmpty();
        assertThat(details(3L).check(provinceAdmin, TREE, city)).extracting(FieldError::message)
                .containsExactly("上级机关：不能是本机关自身或其下级机关");
        assertThat(details(2L).check(provinceAdmin, TREE, city)).extracting(FieldError::message)
                .containsExactly("上级机关：不能是本机关自身或其下级机关");
    }

    private static AgencyDetails details(Long parent) {
        return new AgencyDetails(CODE, "南昌市市场监督管理局", AgencyLevel.CITY, "360100", "南昌市", parent, "洪市监罚");
    }
}
