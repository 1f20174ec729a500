package cn.zfgs.portal.site;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Public pages carry validators, answer 304 when unchanged, are served again from memory until the next
 * publication, and never outlive a withdrawal.
 */
@QuarkusTest
class HttpCachingTest {

    @Inject
    Workflow workflow;
    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource dataSource;

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
        given().get(path).then().statusCode(200).header("X-Cache", "hit");

        workflow.withdraw(team.approver(), draft.itemId(), WithdrawalReason.REVOKED, "测试复议决定书〔2026〕1号", null,
                LocalDate.now(Workflow.CHINA), Instant.now());

        given().get(path).then().statusCode(410).header("X-Cache", nullValue());
        given().header("If-None-Match", etag).get(path).then().statusCode(410)
                .body(containsString("测试复议决定书〔2026〕1号"))
                .body(org.hamcrest.Matchers.not(containsString("测市监罚〔2026〕77号")));
        given().get("/feeds/decisions").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/decisions/" + draft.itemId() + "<")));
    }

    @Test
    void aRepeatedPageComesFromMemoryUntilTheNextPublication() {
        Fixtures.Team team = fixtures.team();
        Revision draft = publish(team, Fixtures.penalty("测市监罚〔2026〕78号", new BigDecimal("3000")));
        String path = "/decisions/" + draft.itemId();
        var rendered = given().get(path).then().statusCode(200).header("X-Cache", nullValue()).extract();
        var again = given().get(path).then().statusCode(200).header("X-Cache", "hit").extract();
        assertThat(again.body().asString()).isEqualTo(rendered.body().asString());
        assertThat(again.header("ETag")).isEqualTo(rendered.header("ETag"));
        assertThat(again.contentType()).isEqualTo(rendered.contentType());
        given().cookie("zfgs_text", "large").get(path).then().statusCode(200).header("X-Cache", nullValue())
                .body(containsString("class=\"text-large\""));
        given().get(path + "?version=1").then().statusCode(200).header("X-Cache", nullValue());

        Revision correction = workflow.correct(team.editor(), draft.itemId(),
                Fixtures.penalty("测市监罚〔2026〕78号", new BigDecimal("2500")), "罚款金额更正为 2500 元", Instant.now());
        workflow.submit(team.editor(), correction.id(), Instant.now());
        workflow.review(team.reviewer(), correction.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), correction.id(), null, Instant.now());

        given().get(path).then().statusCode(200).header("X-Cache", nullValue())
                .body(containsString("罚款金额更正为 2500 元"));
    }

    @Test
    void aPublicationByAnotherProcessReachesCachedPagesAtTheNextRefresh() throws Exception {
        Fixtures.Team team = fixtures.team();
        Revision draft = publish(team, Fixtures.penalty("测市监罚〔2026〕79号", new BigDecimal("3000")));
        String path = "/decisions/" + draft.itemId();
        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200).header("X-Cache", "hit");
        // What a separate staff instance's commit looks like from here: the log moves without an event in this JVM.
        // The event republishes the current version, which every read model applies as a no-op.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("UPDATE publication_log_head SET last_seq = last_seq + 1 WHERE id = 1");
            s.executeUpdate("INSERT INTO publication_log (seq, event, kind, item_id, version, occurred_at) "
                    + "SELECT last_seq, 'PUBLISHED', 'DECISION', " + draft.itemId() + ", 1, now() "
                    + "FROM publication_log_head WHERE id = 1");
            c.commit();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String cache = "hit";
        while (cache != null && System.nanoTime() < deadline) {
            Thread.sleep(50);
            cache = given().get(path).then().statusCode(200).extract().header("X-Cache");
        }
        assertThat(cache).as("the page is rendered again once the head is read").isNull();
    }

    private Revision publish(Fixtures.Team team, Content content) {
        Revision draft = workflow.create(team.editor(), team.agencyId(), content, Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        return draft;
    }

    @Test
    void theVerificationPageIsNeverCached() {
        given().get("/verify").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void conditionalHeadersAreComparedAsTheRfcSays() {
        var v = new PublicCacheFilter.Validator("W/\"5-2026-11-23-N\"", Instant.parse("2026-11-23T02:00:00Z"), 5,
                LocalDate.parse("2026-11-23"));
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
