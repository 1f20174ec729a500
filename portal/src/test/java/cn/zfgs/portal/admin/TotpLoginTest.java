package cn.zfgs.portal.admin;

import cn.zfgs.admin.security.AdminGate;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Totp;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** 动态口令 over HTTP: enrolment from the account page, the second sign-in step, reuse, lockout, and the reset. */
@QuarkusTest
class TotpLoginTest {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]{64})\"");
    private static final Pattern SECRET = Pattern.compile("<code id=\"totp-secret\">([A-Z2-7 ]+)</code>");

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    /** The password step: the cookie of a session that now waits for the code. */
    private static String password(String username) {
        Response response = given().redirects().follow(false).formParam("username", username)
                .formParam("password", PASSWORD).post("/admin/login");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).contains(AdminGate.CODE_PATH);
        return response.cookie("zfgs_staff");
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("form token").isTrue();
        return m.group(1);
    }

    private static Response code(String waiting, String code) {
        String page = given().redirects().follow(false).cookie("zfgs_staff", waiting).get(AdminGate.CODE_PATH)
                .then().statusCode(200).body(containsString("输入动态口令")).extract().body().asString();
        return given().redirects().follow(false).cookie("zfgs_staff", waiting).formParam("_csrf", token(page))
                .formParam("code", code).formParam("next", "/admin/staff").post(AdminGate.CODE_PATH);
    }

    /** A code the server accepts now and that is newer than {@code spent}: the next step's, within tolerance. */
    private static String nextCode(String secret) {
        return Totp.code(secret, Totp.step(Instant.now()) + 1);
    }

    private static String wrong(String secret) {
        String right = nextCode(secret);
        return right.equals("123456") ? "654321" : "123456";
    }

    @Test
    void enrolThenSignInWithPasswordAndCode() {
        Fixtures.Team team = fixtures.team();
        String username = fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR), PASSWORD);
        StaffSession session = StaffSession.signIn(username, PASSWORD);
        String token = session.csrf();

        session.request().get("/admin/account").then().statusCode(200).body(containsString("未开启"))
                .body(not(containsString("totp-secret")));
        session.request().formParam("_csrf", token).post("/admin/account/totp").then().statusCode(303);
        Response page = session.request().get("/admin/account");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.body().asString()).contains("<svg").contains("动态口令设置二维码").doesNotContain("<script");
        Matcher m = SECRET.matcher(page.body().asString());
        assertThat(m.find()).isTrue();
        String secret = m.group(1).replace(" ", "");
        assertThat(sql.text("SELECT totp_pending_secret FROM staff_account WHERE username = ?", username))
                .isEqualTo(secret);

        session.request().formParam("_csrf", token).formParam("code", wrong(secret))
                .post("/admin/account/totp/confirm").then().statusCode(422).body(containsString("动态口令："));
        assertThat(sql.count("SELECT COUNT(*) FROM staff_account WHERE username = ? AND totp_secret IS NULL",
                username)).as("a wrong code enrols nothing").isEqualTo(1);
        session.request().formParam("_csrf", token).formParam("code", Totp.code(secret, Totp.step(Instant.now())))
                .post("/admin/account/totp/confirm").then().statusCode(303);
        session.request().get("/admin/account").then().statusCode(200).body(containsString("已开启"));
        assertThat(sql.text("SELECT content_hash FROM record_entry WHERE subject = ? AND action = 'ADMINISTER' "
                + "ORDER BY seq DESC LIMIT 1", "staff:" + sql.text("SELECT CAST(id AS VARCHAR) FROM staff_account "
                + "WHERE username = ?", username))).isNotBlank();

        session.request().formParam("_csrf", token).post("/admin/logout").then().statusCode(303);

        String waiting = password(username);
        for (AdminRoutesTest.Route route : AdminRoutesTest.routes()) {
            if (route.path().startsWith("/admin/login") || route.path().startsWith(AdminGate.PUSH_PATH)) {
                continue;
            }
            Response answer = given().redirects().follow(false).cookie("zfgs_staff", waiting)
                    .formParam("_csrf", "0".repeat(64)).request(route.method(), route.path());
            assertThat(answer.statusCode()).as("%s %s after the password only", route.method(), route.path())
                    .isEqualTo(303);
            assertThat(answer.header("Location")).as("%s %s", route.method(), route.path())
                    .endsWith(AdminGate.CODE_PATH);
        }

        code(waiting, wrong(secret)).then().statusCode(401).body(containsString("动态口令错误或已使用过"))
                .body(containsString("还可尝试 4 次"));
        String code = nextCode(secret);
        Response in = code(waiting, code);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.header("Location")).endsWith("/admin/staff");
        String cookie = in.cookie("zfgs_staff");
        assertThat(cookie).as("a new session, not the half-open one").isNotEqualTo(waiting);
        given().redirects().follow(false).cookie("zfgs_staff", cookie).get("/admin/staff").then().statusCode(200);
        given().redirects().follow(false).cookie("zfgs_staff", waiting).get("/admin").then().statusCode(303)
                .header("Location", containsString("/admin/login"));

        code(password(username), code).then().statusCode(401).body(containsString("动态口令错误或已使用过"))
                .body(containsString("还可尝试 4 次"));
    }

    @Test
    void wrongCodesLockTheAccountAndAnAdministratorResetsTheSecondFactor() {
        Fixtures.Team team = fixtures.team();
        String username = fixtures.account(team, "ed", Set.of(StaffRole.EDITOR), PASSWORD);
        StaffSession session = StaffSession.signIn(username, PASSWORD);
        String token = session.csrf();
        session.request().formParam("_csrf", token).post("/admin/account/totp").then().statusCode(303);
        String secret = sql.text("SELECT totp_pending_secret FROM staff_account WHERE username = ?", username);
        session.request().formParam("_csrf", token).formParam("code", Totp.code(secret, Totp.step(Instant.now())))
                .post("/admin/account/totp/confirm").then().statusCode(303);

        for (int left = 4; left >= 1; left--) {
            code(password(username), wrong(secret)).then().statusCode(401).body(containsString("还可尝试 " + left));
        }
        code(password(username), wrong(secret)).then().statusCode(401).body(containsString("账号已锁定至"));
        given().formParam("username", username).formParam("password", PASSWORD).post("/admin/login")
                .then().statusCode(401).body(containsString("账号已锁定"));

        StaffSession admin = StaffSession.signIn(fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR),
                PASSWORD), PASSWORD);
        String id = sql.text("SELECT CAST(id AS VARCHAR) FROM staff_account WHERE username = ?", username);
        admin.request().get("/admin/staff/" + id).then().statusCode(200).body(containsString("重置动态口令"));
        admin.request().formParam("_csrf", admin.csrf()).post("/admin/staff/" + id + "/unlock").then().statusCode(303);
        admin.request().formParam("_csrf", admin.csrf()).post("/admin/staff/" + id + "/totp-reset")
                .then().statusCode(303);
        assertThat(sql.count("SELECT COUNT(*) FROM staff_account WHERE id = CAST(? AS BIGINT) AND totp_secret IS NULL",
                id)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM record_entry WHERE subject = ? AND action = 'ADMINISTER'",
                "staff:" + id)).as("unlock and reset recorded").isGreaterThanOrEqualTo(2);
        StaffSession.signIn(username, PASSWORD).request().get("/admin").then().statusCode(200);
    }

    @Test
    void theSecretNeverReachesThePublicDatabaseRole() {
        assertThat(sql.count("SELECT COUNT(*) FROM information_schema.column_privileges WHERE grantee = 'zfgs_public' "
                + "AND column_name LIKE 'totp%'")).isZero();
    }
}
