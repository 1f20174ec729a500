package cn.zfgs.portal.admin;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.redaction.PlantedDecisions;
import cn.zfgs.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The confirm step's JSON API over real HTTP, as the staff screens use it: list, accept, reject, add, refusals. */
@QuarkusTest
class RedactionApiTest {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final String TOKEN = "X-CSRF-Token";

    @Inject
    Fixtures fixtures;
    @Inject
    Workflow workflow;

    @Test
    void theReviewerDecidesEverySuggestionThroughTheApi() {
        Fixtures.Team team = fixtures.team();
        StaffSession reviewer = StaffSession.signIn(fixtures.account(team, "rd", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        PlantedDecisions.Planted planted = PlantedDecisions.penalty("测市监罚〔2026〕951号", "祁骁骋",
                "360102195607018403", "13673695801", "6217007612220294", "A·7K3P2", "qi.xiaocheng@example.cn");
        Revision revision = workflow.create(team.editor(), team.agencyId(), planted.content(), Instant.now());
        String api = "/admin/api/revisions/" + revision.id() + "/redactions";
        String token = reviewer.csrf();

        JsonPath listed = reviewer.request().get(api).then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
        List<Map<String, Object>> spans = listed.getList("spans");
        assertThat(listed.getInt("waiting")).isEqualTo(spans.size()).isPositive();
        assertThat(spans).extracting(s -> s.get("covered")).contains("祁骁骋", "360102195607018403", "13673695801");
        assertThat(spans).allSatisfy(s -> assertThat(s.get("status")).isEqualTo("SUGGESTED"));
        long first = ((Number) spans.get(0).get("id")).longValue();

        reviewer.request().post("/admin/api/redactions/" + first + "/accept").then().statusCode(403);
        reviewer.request().header(TOKEN, token).contentType(ContentType.JSON)
                .body("{\"replacement\":\"请致电13800138000\"}").post("/admin/api/redactions/" + first + "/accept")
                .then().statusCode(422).body("errors[0].field", equalTo("replacement"))
                .body("message", containsString("不能包含个人信息"));
        reviewer.request().header(TOKEN, token).contentType(ContentType.JSON)
                .body("{\"field\":\"documentNumber\",\"start\":0,\"length\":2,\"category\":\"OTHER\","
                        + "\"replacement\":\"×\"}")
                .post(api).then().statusCode(422).body("errors[0].field", equalTo("field"));
        reviewer.request().header(TOKEN, token).contentType(ContentType.JSON)
                .body("{\"field\":\"facts\",\"start\":0,\"length\":2,\"category\":\"NAME\",\"replacement\":\"×\"}")
                .post(api).then().statusCode(400).body("message", containsString("屏蔽类别：应为 PERSON_NAME"));
        reviewer.request().header(TOKEN, token).contentType(ContentType.JSON).body("not json").post(api)
                .then().statusCode(400).body("message", containsString("不是有效的 JSON"));

        for (Map<String, Object> span : spans) {
            String action = "EMAIL".equals(span.get("category")) ? "/reject" : "/accept";
            reviewer.request().header(TOKEN, token).contentType(ContentType.JSON)
                    .post("/admin/api/redactions/" + span.get("id") + action).then().statusCode(204);
        }
        JsonPath decided = reviewer.request().get(api).then().statusCode(200).extract().jsonPath();
        assertThat(decided.getInt("waiting")).isZero();
        assertThat(decided.getList("spans.status", String.class)).containsOnly("CONFIRMED", "REJECTED")
                .contains("REJECTED");

        String secret = "销售超过有效期的药品";
        int at = planted.content().facts().indexOf(secret);
        reviewer.request().header(TOKEN, token).contentType(ContentType.JSON)
                .body("{\"field\":\"facts\",\"start\":" + at + ",\"length\":" + secret.length()
                        + ",\"category\":\"TRADE_SECRET\",\"replacement\":\"（商业秘密）\"}")
                .post(api).then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .body("covered", equalTo(secret));
    }

    @Test
    void staffOfAnotherAgencyAndForeignOriginsAreRefused() {
        Fixtures.Team team = fixtures.team();
        Fixtures.Team other = fixtures.team();
        StaffSession outsider = StaffSession.signIn(fixtures.account(other, "ro", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        Revision revision = workflow.create(team.editor(), team.agencyId(), PlantedDecisions.penalty(
                "测市监罚〔2026〕952号", "蔺书翰", "44030519630821955X", "15913651266", "9558808897514026146",
                "B88K66", "lin.shuhan@example.org").content(), Instant.now());

        outsider.request().get("/admin/api/revisions/" + revision.id() + "/redactions").then().statusCode(403)
                .body("message", equalTo("只能处理本机关或授权的下级机关的内容（谁执法谁公示）"));
        outsider.request().header(TOKEN, outsider.csrf()).header("Origin", "https://evil.example")
                .post("/admin/api/revisions/" + revision.id() + "/redactions/detect").then().statusCode(403);
        given().redirects().follow(false)
                .get("/admin/api/revisions/" + revision.id() + "/redactions").then().statusCode(303);
    }
}
