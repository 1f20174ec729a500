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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * 执法决定实时推送: keys made by an agency's administrator push that agency's decisions only; a push is idempotent on
 * 文号; refusals are JSON naming the field in Chinese; revoked keys stop working; the API is in the OpenAPI document.
 */
@QuarkusTest
class PushApiTest {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final String COMPANY = "91360100MA35XK2Q4" + CreditCode.checkCharacter("91360100MA35XK2Q4");
    private static final Pattern SECRET = Pattern.compile("<code class=\"secret\">(zfgs_[0-9a-f]{64})</code>");

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    private String key(Fixtures.Team team) {
        StaffSession admin = StaffSession.signIn(fixtures.account(team, "keys", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        String page = admin.request().formParam("_csrf", admin.csrf()).formParam("agency", team.agencyId())
                .formParam("name", "案件办理系统").post("/admin/api-keys").then().statusCode(200)
                .body(containsString("此后不再显示")).extract().asString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private String code(Fixtures.Team team) {
        return sql.text("SELECT code FROM agency WHERE id = ?", team.agencyId());
    }

    private static String decision(String number, String result, String extra) {
        return "{\"documentNumber\":\"" + number + "\",\"decisionType\":\"行政处罚\",\"partyName\":\"江西测试医药有限公司\","
                + "\"partyKind\":\"法人\",\"partyCreditCode\":\"" + COMPANY + "\",\"facts\":\"经查，当事人销售超过有效期的药品。\","
                + "\"legalBases\":[\"《药品管理法》第九十八条\"],\"result\":\"" + result + "\",\"fineAmount\":5000,"
                + "\"decisionDate\":\"2026-03-02\"" + extra + "}";
    }

    private static Response push(String key, String agencyCode, String body) {
        return given().header("Authorization", "Bearer " + key).contentType("application/json; charset=UTF-8")
                .body(body).post("/admin/push/v1/agencies/" + agencyCode + "/decisions");
    }

    @Test
    void aPushCreatesOnceAndAgainChangesNothingThenUpdatesTheDraft() {
        Fixtures.Team team = fixtures.team();
        String key = key(team);
        String body = decision("测市监罚〔2026〕7号", "罚款5000元。", ",\"submit\":false");
        push(key, code(team), body).then().statusCode(201).body("outcome", equalTo("CREATED"))
                .body("status", equalTo("DRAFT"));
        push(key, code(team), body).then().statusCode(200).body("outcome", equalTo("UNCHANGED"));
        push(key, code(team), decision("测市监罚〔2026〕7号", "罚款6000元。", ",\"submit\":true")).then().statusCode(200)
                .body("outcome", equalTo("UPDATED")).body("status", equalTo("SUBMITTED"))
                .body("statusLabel", equalTo("待审核"));
        assertThat(sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ? AND natural_key = ?",
                team.agencyId(), "测市监罚〔2026〕7号")).isEqualTo(1);
        // In review now: a further change is refused, with the reason.
        push(key, code(team), decision("测市监罚〔2026〕7号", "罚款7000元。", "")).then().statusCode(409)
                .body("message", containsString("正处于“待审核”状态"));
    }

    @Test
    void aKeyOfAnotherAgencyIsForbiddenAndAMissingOrRevokedKeyUnauthorised() {
        Fixtures.Team team = fixtures.team();
        Fixtures.Team other = fixtures.team();
        String key = key(team);
        push(key, code(other), decision("测市监罚〔2026〕8号", "罚款。", "")).then().statusCode(403)
                .body("message", containsString("该密钥属于其他机关"));
        given().contentType("application/json").body(decision("测市监罚〔2026〕8号", "罚款。", ""))
                .post("/admin/push/v1/agencies/" + code(team) + "/decisions").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").body("message", containsString("缺少或无效的接口密钥"));
        push("zfgs_" + "0".repeat(64), code(team), "{}").then().statusCode(401);
        assertThat(sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ?", other.agencyId())).isZero();

        StaffSession admin = StaffSession.signIn(fixtures.account(team, "revoker", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        long id = sql.count("SELECT id FROM api_key WHERE agency_id = ?", team.agencyId());
        admin.request().formParam("_csrf", admin.csrf()).post("/admin/api-keys/" + id + "/revoke").then()
                .statusCode(303);
        push(key, code(team), decision("测市监罚〔2026〕8号", "罚款。", "")).then().statusCode(401);
    }

    @Test
    void badFieldsAreNamedInChinese() {
        Fixtures.Team team = fixtures.team();
        String key = key(team);
        push(key, code(team), "not json").then().statusCode(400).body("message", containsString("不是有效的 JSON"));
        push(key, code(team), decision("测市监罚〔2026〕9号", "罚款。", ",\"colour\":\"red\"")).then().statusCode(422)
                .body("errors.field", hasItem("colour"));
        push(key, code(team), decision("测市监罚〔2026〕9号", "罚款。", "").replace("2026-03-02", "2026-02-30")
                .replace("行政处罚", "行政罚款")).then().statusCode(422)
                .body("errors.field", hasItem("decisionDate")).body("errors.field", hasItem("decisionType"))
                .body("errors.message", hasItem(containsString("决定类别：“行政罚款”不是可选的值")));
        assertThat(sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ?", team.agencyId())).isZero();
    }

    @Test
    void onlyAdministratorsManageKeysAndTheApiIsDocumented() {
        Fixtures.Team team = fixtures.team();
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "notadmin", Set.of(StaffRole.EDITOR),
                PASSWORD), PASSWORD);
        editor.request().get("/admin/api-keys").then().statusCode(403).body(containsString("需要系统管理员角色"));
        editor.request().formParam("_csrf", editor.csrf()).formParam("agency", team.agencyId())
                .formParam("name", "x").post("/admin/api-keys").then().statusCode(403);
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/admin/push/v1/agencies/{agencyCode}/decisions"))
                .body(containsString("PushedDecision"));
    }
}
