package cn.zfgs.portal.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** ADR 2: in the {@code admin} deployment mode (intranet) the public site does not exist. */
@QuarkusTest
@TestProfile(AdminModeTest.Profile.class)
class AdminModeTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.mode", "admin");
        }
    }

    @Test
    void thePublicSiteAnswersNotFound() {
        given().redirects().follow(false).get("/decisions/1").then().statusCode(404);
        given().redirects().follow(false).get("/").then().statusCode(303);
        given().get("/admin/login").then().statusCode(200).body(containsString("工作人员登录"));
    }
}
