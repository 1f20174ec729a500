package cn.zfgs.portal.admin;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A signed-in browser, as far as the tests need one: the session cookie and the form token of its pages. */
record StaffSession(String cookie) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]{64})\"");

    static StaffSession signIn(String username, String password) {
        Response response = given().redirects().follow(false).formParam("username", username)
                .formParam("password", password).post("/admin/login");
        if (response.statusCode() != 303) {
            throw new AssertionError("sign-in of " + username + " failed: " + response.statusCode());
        }
        return new StaffSession(response.cookie("zfgs_staff"));
    }

    /** Forms are sent as browsers send them, in UTF-8 (REST Assured's default is ISO-8859-1). */
    RequestSpecification request() {
        return given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultContentCharset(StandardCharsets.UTF_8)))
                .redirects().follow(false).cookie("zfgs_staff", cookie);
    }

    String csrf() {
        String page = request().get("/admin").body().asString();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form token on /admin");
        }
        return m.group(1);
    }
}
