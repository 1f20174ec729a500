package cn.zfgs.portal.site;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** Public pages carry validators, answer 304 when unchanged, and never outlive a withdrawal. */
@QuarkusTest
class HttpCachingTest {

    @Inject
    Workflow workflow;
    @Inject
    Fixtures fixtures;

    @Test
    void aPageCarriesValidatorsAndAnUnchangedOneIsNotSentAgain() {
        var first = given().get("/decisions").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", "no-cache")
                .header("Vary", containsString("Cookie"))
                .extract();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get("/decisions").then().statusCode(304);
        given().header("If-Modified-Since", first.header("Last-Modified")).get("/decisions").then().statusCode(304);
        given().header("If-None-Match", "W/\"0-1999-01-01-N\"").get("/decisions").then().statusCode(200);
    }

    @Test
    void theLargeTextModeHasItsOwnValidator() {
        String normal = given().get("/").then().extract().header("ETag");
        String large = given().cookie("zfgs_text", "large").get("/").then().extract().header("ETag");
        assertThat(large).isNotEqualTo(normal);
        given().cookie("zfgs_text", "large").header("If-None-Match", normal).get("/").then().statusCode(200)
                .body(containsString("class=\"text-large\""));
    }

    @Test
    void aWithdrawalInvalidatesEveryCachedCopyAtOnce() {
        Fixtures.Team team = fixtures.team();
        Revision draft = workflow.create(team.editor(), team.agencyId(),
                Fixtures.penalty("测市监罚〔2026〕77号", new BigDecimal("3000")), Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        String path = "/decisions/" + draft.itemId();
        String etag = given().get(path).then().statusCode(200).body(containsString("测市监罚〔2026〕77号"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304);

        workflow.withdraw(team.approver(), draft.itemId(), WithdrawalReason.REVOKED, "测试复议决定书〔2026〕1号", null,
                LocalDate.now(Workflow.CHINA), Instant.now());

        given().header("If-None-Match", etag).get(path).then().statusCode(410)
                .body(containsString("测试复议决定书〔2026〕1号"))
                .body(org.hamcrest.Matchers.not(containsString("测市监罚〔2026〕77号")));
        given().get("/feeds/decisions").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/decisions/" + draft.itemId() + "<")));
    }

    @Test
    void theVerificationPageIsNeverCached() {
        given().get("/verify").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void conditionalHeadersAreComparedAsTheRfcSays() {
        var v = new PublicCacheFilter.Validator("W/\"5-2026-11-23-N\"", Instant.parse("2026-11-23T02:00:00Z"));
        assertThat(PublicCacheFilter.notModified(v, "\"5-2026-11-23-N\"", null)).isTrue();
        assertThat(PublicCacheFilter.notModified(v, "W/\"4-2026-11-23-N\", W/\"5-2026-11-23-N\"", null)).isTrue();
        assertThat(PublicCacheFilter.notModified(v, "*", null)).isTrue();
        assertThat(PublicCacheFilter.notModified(v, "W/\"6-2026-11-23-N\"", "Mon, 23 Nov 2026 03:00:00 GMT"))
                .as("If-None-Match wins").isFalse();
        assertThat(PublicCacheFilter.notModified(v, null, "Mon, 23 Nov 2026 03:00:00 GMT")).isTrue();
        assertThat(PublicCacheFilter.notModified(v, null, "Mon, 23 Nov 2026 01:00:00 GMT")).isFalse();
        assertThat(PublicCacheFilter.notModified(v, null, "yesterday")).isFalse();
    }
}
