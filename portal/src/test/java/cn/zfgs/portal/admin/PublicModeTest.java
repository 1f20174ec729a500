package cn.zfgs.portal.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** ADR 2: in the {@code public} deployment mode the staff area does not exist. */
@QuarkusTest
@TestProfile(PublicModeTest.Profile.class)
class PublicModeTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.mode", "public");
        }
    }

    @Test
    void theStaffAreaAnswersNotFound() {
        given().redirects().follow(false).get("/admin").then().statusCode(404);
        given().redirects().follow(false).get("/admin/login").then().statusCode(404);
        given().redirects().follow(false).formParam("username", "admin").formParam("password", "x")
                .post("/admin/login").then().statusCode(404);
        given().get("/").then().statusCode(200).body(containsString("执法决定"));
    }
}
