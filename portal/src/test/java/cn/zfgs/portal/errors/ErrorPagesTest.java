package cn.zfgs.portal.errors;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Malformed and unknown addresses get Chinese pages with the right status, never a 500 or a stack trace. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void aNonNumericDecisionIdIsABadRequestNamingTheField() {
        given().get("/decisions/abc").then().statusCode(400)
                .body(containsString("决定编号格式不正确"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aHugeOrNegativeIdIsABadRequest() {
        given().get("/decisions/" + "9".repeat(40)).then().statusCode(400);
        given().get("/decisions/0").then().statusCode(400).body(containsString("正整数"));
    }

    @Test
    void aMalformedVersionIsABadRequestNamingTheField() {
        given().get("/decisions/1?version=x").then().statusCode(400).body(containsString("版本号格式不正确"));
    }

    @Test
    void anUnknownDecisionIsNotFound() {
        given().get("/decisions/999999999").then().statusCode(404).body(containsString("未找到该执法决定"));
    }

    @Test
    void anUnknownPathIsAChineseNotFoundPage() {
        given().get("/no/such/page").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"))
                .body(containsString("返回首页"));
    }
}
