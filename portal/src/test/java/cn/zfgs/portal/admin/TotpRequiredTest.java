package cn.zfgs.portal.admin;

import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Totp;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** {@code admin.totp-required-for-administrators}: an administrator sets up a second factor before anything else. */
@QuarkusTest
@TestProfile(TotpRequiredTest.Profile.class)
class TotpRequiredTest {

    private static final String PASSWORD = "Correct-Horse-9";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admin.totp-required-for-administrators", "true");
        }
    }

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    @Test
    void anAdministratorWithoutASecondFactorIsKeptOnTheAccountPageUntilEnrolled() {
        Fixtures.Team team = fixtures.team();
        String username = fixtures.account(team, "adm", Set.of(StaffRole.ADMINISTRATOR), PASSWORD);
        StaffSession admin = StaffSession.signIn(username, PASSWORD);
        admin.request().get("/admin/staff").then().statusCode(303).header("Location", endsWith("/admin/account"));
        String page = admin.request().get("/admin/account").then().statusCode(200)
                .body(containsString("本平台要求系统管理员使用动态口令")).extract().asString();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([0-9a-f]{64})\".*", "$1");
        admin.request().formParam("_csrf", token).post("/admin/account/totp").then().statusCode(303);
        String secret = sql.text("SELECT totp_pending_secret FROM staff_account WHERE username = ?", username);
        admin.request().formParam("_csrf", token).formParam("code", Totp.code(secret, Totp.step(Instant.now())))
                .post("/admin/account/totp/confirm").then().statusCode(303);
        admin.request().get("/admin/staff").then().statusCode(200);
        admin.request().get("/admin/account").then().statusCode(200).body(not(containsString("关闭动态口令")));
        admin.request().formParam("_csrf", token).formParam("code", "000000").post("/admin/account/totp/disable")
                .then().statusCode(409).body(containsString("不能关闭"));

        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR), PASSWORD),
                PASSWORD);
        editor.request().get("/admin").then().statusCode(200);
    }
}
