package cn.zfgs.portal.api;

import cn.zfgs.portal.support.OwnerQueries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The JSON API: filters, cursor paging over everything, ETags, CORS, JSON errors, and its OpenAPI description. */
@QuarkusTest
class JsonApiTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void pagingWithTheCursorVisitsEveryDecisionOnce() throws Exception {
        Set<Long> seen = new HashSet<>();
        String next = "/api/v1/decisions?limit=40";
        while (next != null) {
            JsonNode page = json.readTree(given().get(next).then().statusCode(200).extract().asByteArray());
            page.get("data").forEach(d -> assertThat(seen.add(d.get("id").asLong())).isTrue());
            next = page.get("next").isNull() ? null : page.get("next").asText();
        }
        assertThat((long) seen.size()).isEqualTo(OwnerQueries.single("SELECT COUNT(*) FROM pub_decision WHERE is_current"));
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        long agency = OwnerQueries.single("SELECT agency_id FROM pub_decision WHERE is_current AND decision_type = 'PENALTY' LIMIT 1");
        long expected = OwnerQueries.single("SELECT COUNT(*) FROM pub_decision WHERE is_current AND decision_type = 'PENALTY' "
                + "AND agency_id = " + agency + " AND decision_date >= DATE '2000-01-01'");
        JsonNode page = json.readTree(given().queryParam("agency", agency).queryParam("type", "PENALTY")
                .queryParam("from", "2000-01-01").queryParam("limit", 1000).get("/api/v1/decisions")
                .then().statusCode(200).extract().asByteArray());
        assertThat((long) page.get("data").size()).isEqualTo(expected);
        page.get("data").forEach(d -> {
            assertThat(d.get("agency_id").asLong()).isEqualTo(agency);
            assertThat(d.get("decision_type").asText()).isEqualTo("PENALTY");
        });
        JsonNode inspection = json.readTree(given().queryParam("random_inspection", "true").get("/api/v1/items")
                .then().statusCode(200).extract().asByteArray());
        inspection.get("data").forEach(i -> assertThat(i.get("random_inspection").asBoolean()).isTrue());
    }

    @Test
    void anUnchangedAnswerCostsA304() {
        String etag = given().get("/api/v1/agencies").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").extract().header("ETag");
        assertThat(etag).startsWith("W/\"");
        given().header("If-None-Match", etag).get("/api/v1/agencies").then().statusCode(304);
    }

    @Test
    void singleEntitiesCarryTheirVersionsAndWithdrawnOnesAnswerGone() throws Exception {
        long corrected = OwnerQueries.single("SELECT item_id FROM pub_decision WHERE is_current AND version = 2 LIMIT 1");
        JsonNode decision = json.readTree(given().get("/api/v1/decisions/" + corrected).then().statusCode(200)
                .extract().asByteArray());
        assertThat(decision.get("versions")).hasSize(2);
        long withdrawn = OwnerQueries.single("SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' LIMIT 1");
        given().get("/api/v1/decisions/" + withdrawn).then().statusCode(410)
                .body(containsString("\"withdrawn\":true")).body(containsString("reason_label"));
        given().get("/api/v1/decisions/999999999").then().statusCode(404).contentType(containsString("application/json"));
    }

    @Test
    void badParametersGetAJson400NamingTheParameter() {
        given().queryParam("from", "2025-13-01").get("/api/v1/decisions").then().statusCode(400)
                .contentType(containsString("application/json")).body(containsString("from"));
        given().queryParam("limit", "5000").get("/api/v1/officers").then().statusCode(400).body(containsString("limit"));
        given().queryParam("agency", "x").get("/api/v1/guides").then().statusCode(400).body(containsString("agency"));
    }

    @Test
    void corsPreflightIsAnsweredForTheOpenData() {
        given().header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/decisions").then()
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void theOpenApiDescriptionCoversTheApiWithExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/decisions"))
                .body(containsString("/api/v1/{kind}/{id}"))
                .body(containsString("/sparql"))
                .body(containsString("赣药监罚〔2024〕12号"));
    }
}
