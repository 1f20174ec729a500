package cn.zfgs.portal.admin;

import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** 人员与机关管理 over HTTP: accounts, agencies, an agency's rules and the holiday calendar, as an administrator. */
@QuarkusTest
class StaffManagementTest {

    private static final String PASSWORD = "Correct-Horse-9";

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    private static String path(Response response) {
        return response.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
    }

    private static long lastId(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanSignIn() {
        Fixtures.Team team = fixtures.team();
        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        String token = admin.csrf();
        String username = "new.staff" + team.agencyId();

        admin.request().formParam("_csrf", token).formParam("username", "王 五").formParam("displayName", "")
                .formParam("agencyId", team.outsider().agencyId()).formParam("password", "short")
                .formParam("confirmation", "other").post("/admin/staff/new")
                .then().statusCode(422)
                .body(containsString("用户名：3 至 40 个字符"))
                .body(containsString("姓名：必须填写"))
                .body(containsString("所属机关：只能是您本机关或授权给您的下级机关"))
                .body(containsString("角色：至少选择一个"))
                .body(containsString("密码：至少 10 个字符"))
                .body(containsString("确认密码：两次输入的密码不一致"));
        assertThat(sql.count("SELECT COUNT(*) FROM staff_account WHERE display_name = '王五'")).isZero();

        Response created = admin.request().formParam("_csrf", token).formParam("username", username)
                .formParam("displayName", "王五").formParam("agencyId", team.agencyId())
                .formParam("roles", "EDITOR").formParam("roles", "REVIEWER")
                .formParam("password", "Initial-Pass-1").formParam("confirmation", "Initial-Pass-1")
                .post("/admin/staff/new");
        assertThat(created.statusCode()).isEqualTo(303);
        long id = lastId(path(created));
        admin.request().get("/admin/staff").then().statusCode(200).body(containsString(username))
                .body(containsString("承办人、审核人"));
        StaffSession.signIn(username, "Initial-Pass-1").request().get("/admin").then().statusCode(200);
        assertThat(sql.text("SELECT action FROM record_entry WHERE subject = ?", "staff:" + id))
                .isEqualTo("ADMINISTER");

        admin.request().formParam("_csrf", token).formParam("username", username.toUpperCase())
                .formParam("displayName", "重名").formParam("agencyId", team.agencyId()).formParam("roles", "EDITOR")
                .formParam("password", "Initial-Pass-1").formParam("confirmation", "Initial-Pass-1")
                .post("/admin/staff/new").then().statusCode(422).body(containsString("已被使用"));

        admin.request().formParam("_csrf", token).formParam("displayName", "王五").formParam("agencyId",
                        team.agencyId()).formParam("roles", "APPROVER").post("/admin/staff/" + id)
                .then().statusCode(303);
        assertThat(sql.text("SELECT string_agg(role, ',') FROM staff_role WHERE staff_id = ?", id))
                .isEqualTo("APPROVER");
    }

    @Test
    void onlyAnAdministratorOfTheAccountsAgencyManagesIt() {
        Fixtures.Team team = fixtures.team();
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR, StaffRole.APPROVER),
                PASSWORD), PASSWORD);
        editor.request().get("/admin/staff").then().statusCode(403).body(containsString("系统管理员"));
        editor.request().get("/admin/agencies").then().statusCode(403);

        Fixtures.Team other = fixtures.team();
        StaffSession outsider = StaffSession.signIn(fixtures.account(other, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        outsider.request().get("/admin/staff/" + team.editor().id()).then().statusCode(403);
        outsider.request().formParam("_csrf", outsider.csrf()).post("/admin/staff/" + team.editor().id()
                + "/deactivate").then().statusCode(403);
        assertThat(sql.text("SELECT CAST(active AS VARCHAR) FROM staff_account WHERE id = ?", team.editor().id()))
                .isEqualTo("true");
        outsider.request().get("/admin/staff").then().statusCode(200)
                .body(not(containsString(sql.text("SELECT name FROM agency WHERE id = ?", team.agencyId()))));
    }

    @Test
    void unlockResetAndDeactivate() {
        Fixtures.Team team = fixtures.team();
        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        String token = admin.csrf();
        String username = fixtures.account(team, "ed", Set.of(StaffRole.EDITOR), PASSWORD);
        long id = Long.parseLong(sql.text("SELECT CAST(id AS VARCHAR) FROM staff_account WHERE username = ?",
                username));
        StaffSession before = StaffSession.signIn(username, PASSWORD);
        for (int i = 0; i < 5; i++) {
            given().formParam("username", username).formParam("password", "wrong").post("/admin/login");
        }
        admin.request().get("/admin/staff/" + id).then().statusCode(200).body(containsString("因连续密码错误锁定至"));
        admin.request().formParam("_csrf", token).post("/admin/staff/" + id + "/unlock").then().statusCode(303);
        StaffSession.signIn(username, PASSWORD);

        admin.request().formParam("_csrf", token).formParam("password", "abc").formParam("confirmation", "abc")
                .post("/admin/staff/" + id + "/password").then().statusCode(422)
                .body(containsString("密码：至少 10 个字符"));
        admin.request().formParam("_csrf", token).formParam("password", "Brand-New-Pass-2")
                .formParam("confirmation", "Brand-New-Pass-2").post("/admin/staff/" + id + "/password")
                .then().statusCode(303);
        before.request().get("/admin").then().statusCode(303);
        given().formParam("username", username).formParam("password", PASSWORD).post("/admin/login")
                .then().statusCode(401);
        StaffSession after = StaffSession.signIn(username, "Brand-New-Pass-2");

        admin.request().formParam("_csrf", token).post("/admin/staff/" + id + "/deactivate").then().statusCode(303);
        after.request().get("/admin").then().statusCode(303);
        given().formParam("username", username).formParam("password", "Brand-New-Pass-2").post("/admin/login")
                .then().statusCode(401).body(containsString("该账号已停用"));
        admin.request().formParam("_csrf", token).post("/admin/staff/" + id + "/activate").then().statusCode(303);
        StaffSession.signIn(username, "Brand-New-Pass-2");

        long adminId = Long.parseLong(sql.text("SELECT CAST(id AS VARCHAR) FROM staff_account WHERE agency_id = ? "
                + "AND username LIKE '%.adm'", team.agencyId()));
        admin.request().formParam("_csrf", token).post("/admin/staff/" + adminId + "/deactivate").then()
                .statusCode(409).body(containsString("不能停用您本人的账号"));
        assertThat(sql.count("SELECT COUNT(*) FROM record_entry WHERE subject = ? AND action = 'ADMINISTER'",
                "staff:" + id)).isEqualTo(4);
    }

    @Test
    void anAdministratorCreatesASubordinateAgencyAndGrantsIt() {
        Fixtures.Team team = fixtures.team();
        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        String token = admin.csrf();
        String first17 = String.format("11360102M%08d", team.agencyId() % 100_000_000);
        String code = first17 + CreditCode.checkCharacter(first17);

        admin.request().formParam("_csrf", token).formParam("code", first17 + "0").formParam("name", "")
                .formParam("level", "TOWN").formParam("regionCode", "3601").formParam("regionName", "东湖区")
                .formParam("parentId", team.outsider().agencyId()).formParam("documentPrefix", "东市监罚")
                .post("/admin/agencies/new").then().statusCode(422)
                .body(containsString("机关名称：必须填写"))
                .body(containsString("层级：请从列表中选择"))
                .body(containsString("行政区划代码：应为 6 位数字"))
                .body(containsString("上级机关：只能是您本机关或授权给您的下级机关"));

        Response created = admin.request().formParam("_csrf", token).formParam("code", code)
                .formParam("name", "测试东湖区市场监督管理局").formParam("level", "COUNTY")
                .formParam("regionCode", "360102").formParam("regionName", "江西省南昌市东湖区")
                .formParam("parentId", team.agencyId()).formParam("documentPrefix", "东市监罚")
                .post("/admin/agencies/new");
        assertThat(created.statusCode()).isEqualTo(303);
        long district = lastId(path(created));
        admin.request().get("/admin/agencies").then().statusCode(200).body(containsString("测试东湖区市场监督管理局"));

        admin.request().formParam("_csrf", token).formParam("code", code).formParam("name", "测试市场监督管理局")
                .formParam("level", "CITY").formParam("regionCode", "360100").formParam("regionName", "江西省南昌市")
                .formParam("parentId", district).formParam("documentPrefix", "测市监罚")
                .post("/admin/agencies/" + team.agencyId()).then().statusCode(422)
                .body(containsString("统一社会信用代码：已被“测试东湖区市场监督管理局”使用"))
                .body(containsString("上级机关：不能是本机关自身或其下级机关"));

        // The new district is below the team's agency, so its staff can be granted it.
        Response staff = admin.request().formParam("_csrf", token).formParam("username", "city.head" + district)
                .formParam("displayName", "市局负责人").formParam("agencyId", team.agencyId())
                .formParam("roles", "APPROVER").formParam("grants", district)
                .formParam("password", "Initial-Pass-1").formParam("confirmation", "Initial-Pass-1")
                .post("/admin/staff/new");
        assertThat(staff.statusCode()).isEqualTo(303);
        admin.request().formParam("_csrf", token).formParam("displayName", "区局人员")
                .formParam("agencyId", district).formParam("roles", "EDITOR").formParam("grants", team.agencyId())
                .post(path(staff)).then().statusCode(422)
                .body(containsString("不是所属机关的下级机关"));
        assertThat(sql.count("SELECT COUNT(*) FROM staff_scope_grant WHERE staff_id = ? AND agency_id = ?",
                lastId(path(staff)), district)).isEqualTo(1);
        assertThat(sql.text("SELECT display_name FROM staff_account WHERE id = ?", lastId(path(staff))))
                .isEqualTo("市局负责人");
    }

    @Test
    void theAgencyRulesScreenSetsThresholdsAndPeriods() {
        Fixtures.Team team = fixtures.team();
        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        String token = admin.csrf();
        String rules = "/admin/agencies/" + team.agencyId() + "/rules";
        admin.request().get(rules).then().statusCode(200).body(containsString("value=\"10000\""));

        admin.request().formParam("_csrf", token).formParam("naturalPersonFine", "一万")
                .formParam("organisationFine", "").formParam("months.PENALTY", "0")
                .formParam("minorMonths", "3").post(rules).then().statusCode(422)
                .body(containsString("自然人罚没金额标准：应为数字金额"))
                .body(containsString("法人及其他组织罚没金额标准：必须填写"))
                .body(containsString("行政处罚决定的公示期限：应为 1 至 600 之间的整数"))
                .body(containsString("较低数额罚款：两项金额标准和公示期限须同时填写"));
        admin.request().formParam("_csrf", token).formParam("naturalPersonFine", "5000")
                .formParam("organisationFine", "50000").formParam("months.PENALTY", "12")
                .formParam("minorNaturalPersonFine", "1000").formParam("minorOrganisationFine", "10000")
                .formParam("minorMonths", "24").post(rules).then().statusCode(422)
                .body(containsString("较低数额罚款的公示期限不能长于行政处罚决定的公示期限"));
        assertThat(sql.count("SELECT COUNT(*) FROM agency_policy WHERE agency_id = ?", team.agencyId())).isZero();

        admin.request().formParam("_csrf", token).formParam("naturalPersonFine", "5000")
                .formParam("organisationFine", "50000").formParam("majorTypes", "COERCION")
                .formParam("months.PENALTY", "36").formParam("minorNaturalPersonFine", "1000")
                .formParam("minorOrganisationFine", "10000").formParam("minorMonths", "3").post(rules)
                .then().statusCode(303);
        admin.request().get(rules).then().statusCode(200).body(containsString("value=\"5000\""))
                .body(containsString("value=\"36\""));
        assertThat(sql.text("SELECT CAST(major_natural_person_fine AS VARCHAR) FROM agency_policy WHERE agency_id = ?",
                team.agencyId())).isEqualTo("5000.00");

        StaffSession outsider = StaffSession.signIn(fixtures.account(fixtures.team(), "adm",
                Set.of(StaffRole.ADMINISTRATOR), PASSWORD), PASSWORD);
        outsider.request().get(rules).then().statusCode(403);
    }

    @Test
    void theCalendarEditorEntersANewYear() {
        Fixtures.Team team = fixtures.team();
        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        String token = admin.csrf();
        admin.request().get("/admin/calendar").then().statusCode(200).body(containsString("2007—2026"));

        admin.request().formParam("_csrf", token).formParam("year", "2099").formParam("paper", "")
                .formParam("days", "2099-01-01 元旦 休\n2099-02-30 春节 休\n2099-01-02 元旦").post("/admin/calendar")
                .then().statusCode(422)
                .body(containsString("国务院通知网址：必须填写"))
                .body(containsString("第 2 行：“2099-02-30”不是有效日期"))
                .body(containsString("第 3 行：应写成"));
        admin.request().formParam("_csrf", token).formParam("year", "2026")
                .formParam("paper", "https://www.gov.cn/").formParam("days", "2026-01-01 元旦 休")
                .post("/admin/calendar").then().statusCode(422).body(containsString("已随系统内置"));
        admin.request().formParam("_csrf", token).formParam("year", "2099")
                .formParam("paper", "https://www.gov.cn/").formParam("days", "2099-01-01 元旦 休\n2099-01-07 元旦 班")
                .post("/admin/calendar").then().statusCode(422).body(containsString("调休上班日必须是周六或周日"));
        assertThat(sql.count("SELECT COUNT(*) FROM holiday_arrangement WHERE arrangement_year = 2099")).isZero();

        admin.request().formParam("_csrf", token).formParam("year", "2099")
                .formParam("paper", "https://www.gov.cn/").formParam("days",
                        "2099-01-01至2099-01-03 元旦 休\n2099-01-04 元旦 班").post("/admin/calendar")
                .then().statusCode(303);
        admin.request().get("/admin/calendar").then().statusCode(200).body(containsString("2099-01-02 元旦 休"));

        StaffSession approver = StaffSession.signIn(fixtures.account(team, "ap", Set.of(StaffRole.APPROVER),
                PASSWORD), PASSWORD);
        approver.request().formParam("_csrf", approver.csrf()).formParam("year", "2098").post("/admin/calendar")
                .then().statusCode(403);
    }
}
