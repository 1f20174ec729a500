package cn.zfgs.portal.linkeddata;

import cn.zfgs.content.published.PublicationLog;
import cn.zfgs.portal.linkeddata.sparql.SparqlExamples;
import cn.zfgs.portal.linkeddata.store.RdfReadModel;
import cn.zfgs.portal.opendata.LogPosition;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Publications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The SPARQL endpoint on the TDB2 read model: complete, current with the log, read-only, limited and clear. */
@QuarkusTest
class SparqlEndpointTest {

    private static final String PREFIX = "PREFIX zfgs: <https://w3id.org/zfgs/def#> ";

    @Inject
    RdfReadModel model;
    @Inject
    PublicationLog log;
    @Inject
    Fixtures fixtures;
    @Inject
    Publications publications;

    @Test
    void holdsEveryPublishedDecisionAndFollowsPublicationsAndWithdrawals() throws Exception {
        awaitCaughtUp();
        assertThat(count("?d a zfgs:EnforcementDecision")).isEqualTo(
                StableUriTest.single("SELECT COUNT(*) FROM pub_decision WHERE is_current"));

        Fixtures.Team team = fixtures.team();
        long id = publications.publishDecision(team, "测市监罚〔2026〕801号");
        awaitCaughtUp();
        String uri = "http://localhost:8080/id/decision/" + id;
        assertThat(ask("<" + uri + "> zfgs:documentNumber \"测市监罚〔2026〕801号\"")).isTrue();

        publications.withdraw(team, id);
        awaitCaughtUp();
        assertThat(ask("<" + uri + "> ?p ?o")).as("a withdrawn decision leaves the read model").isFalse();
        assertThat(ask("?s ?p \"测市监罚〔2026〕801号\"")).isFalse();
    }

    @Test
    void noEarlierWithdrawnDecisionIsQueryable() throws Exception {
        awaitCaughtUp();
        long withdrawn = StableUriTest.single("SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' LIMIT 1");
        assertThat(ask("<http://localhost:8080/id/decision/" + withdrawn + "> ?p ?o")).isFalse();
    }

    @Test
    void aRebuildGivesTheSameAnswers() throws Exception {
        awaitCaughtUp();
        long before = count("?s ?p ?o");
        LogPosition rebuilt = model.rebuild();
        model.follow();
        awaitCaughtUp();
        assertThat(rebuilt.sequence()).isPositive();
        assertThat(count("?s ?p ?o")).isEqualTo(before);
    }

    @Test
    void answersInEveryResultFormat() throws Exception {
        awaitCaughtUp();
        String select = PREFIX + "SELECT ?d ?n WHERE { ?d zfgs:documentNumber ?n } LIMIT 3";
        given().queryParam("query", select).accept("application/sparql-results+xml").get("/sparql")
                .then().statusCode(200).contentType(containsString("application/sparql-results+xml"))
                .body(containsString("<sparql"));
        String csv = given().queryParam("query", select).queryParam("format", "csv").get("/sparql")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords()).hasSize(4);
        given().formParam("query", select).accept("text/tab-separated-values").post("/sparql")
                .then().statusCode(200).body(containsString("?d\t?n"));
        given().body(select.getBytes(java.nio.charset.StandardCharsets.UTF_8)).contentType("application/sparql-query").post("/sparql")
                .then().statusCode(200).contentType(containsString("application/sparql-results+json"));
        String construct = PREFIX + "CONSTRUCT { ?d zfgs:documentNumber ?n } WHERE { ?d zfgs:documentNumber ?n } LIMIT 5";
        Model graph = StableUriTest.parse(given().queryParam("query", construct).get("/sparql").then().statusCode(200)
                .contentType(containsString("text/turtle")).extract().asByteArray(), Lang.TURTLE);
        assertThat(graph.size()).isEqualTo(5);
        given().queryParam("query", PREFIX + "ASK { ?d a zfgs:EnforcementOfficer }").get("/sparql")
                .then().statusCode(200).body(containsString("true"));
    }

    @Test
    void theExampleQueriesAnswerWithData() throws Exception {
        awaitCaughtUp();
        for (SparqlExamples.Example example : SparqlExamples.ALL) {
            JsonNode result = json(example.query());
            assertThat(result.at("/results/bindings")).as(example.title()).isNotEmpty();
        }
        given().accept("text/html").get("/sparql").then().statusCode(200)
                .body(containsString("<textarea id=\"query\""))
                .body(containsString("各执法机关每年作出的执法决定数"));
        given().accept("text/html").queryParam("query", SparqlExamples.ALL.get(2).query()).get("/sparql")
                .then().statusCode(200).body(containsString("<th scope=\"col\">category</th>"));
    }

    @Test
    void malformedQueriesGet400WithTheParsersMessage() {
        given().queryParam("query", "SELECT ?x WHERE { ?x ?y }").get("/sparql").then().statusCode(400)
                .contentType(containsString("text/plain")).body(containsString("SPARQL 查询语法错误"))
                .body(containsString("line 1"));
        given().queryParam("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }").get("/sparql").then().statusCode(400)
                .body(containsString("只读"));
        given().queryParam("query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
                .get("/sparql").then().statusCode(400).body(containsString("SERVICE"));
        given().get("/sparql").then().statusCode(400).body(containsString("缺少查询"));
        given().accept("text/html").queryParam("query", "SELECT").get("/sparql").then().statusCode(400)
                .body(containsString("查询未能执行"));
    }

    @Test
    void aQueryThatRunsTooLongIsStoppedWithAClearMessage() throws Exception {
        awaitCaughtUp();
        Instant started = Instant.now();
        given().queryParam("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
                .get("/sparql").then().statusCode(503)
                .body(containsString("已被中止"));
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void resultsAreCutAtTheLimitAndSaySo() throws Exception {
        awaitCaughtUp();
        var response = given().queryParam("query", "SELECT * WHERE { ?s ?p ?o }").get("/sparql");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-SPARQL-Truncated")).isEqualTo("true");
        assertThat(new ObjectMapper().readTree(response.asByteArray()).at("/results/bindings").size())
                .isEqualTo(Integer.parseInt(response.header("X-SPARQL-Result-Limit")));
    }

    private void awaitCaughtUp() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            long last = log.lastSeq();
            if (model.position().map(p -> p.sequence() == last).orElse(false)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the RDF read model did not catch up with the publication log");
    }

    private static long count(String pattern) throws Exception {
        return json(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }")
                .at("/results/bindings/0/n/value").asLong();
    }

    private static boolean ask(String pattern) throws Exception {
        return new ObjectMapper().readTree(given().queryParam("query", PREFIX + "ASK { " + pattern + " }")
                .get("/sparql").then().statusCode(200).extract().asByteArray()).get("boolean").asBoolean();
    }

    private static JsonNode json(String query) throws Exception {
        return new ObjectMapper().readTree(given().queryParam("query", query).get("/sparql")
                .then().statusCode(200).extract().asByteArray());
    }
}
