package cn.zfgs.portal.search;

import cn.zfgs.search.SearchService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
class SearchSmokeTest {

    @Inject
    SearchService search;

    @Test
    void smoke() {
        search.synchronize();
        System.out.println(given().get("/api/v1/search?q=过期药品").then().extract().asString());
        System.out.println(given().get("/search?q=赣药监罚〔2024〕").then().extract().asString());
    }
}
