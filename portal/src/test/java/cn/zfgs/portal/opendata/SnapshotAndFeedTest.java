package cn.zfgs.portal.opendata;

import cn.zfgs.content.published.PublicationLog;
import cn.zfgs.portal.cli.CommandsProbe;
import cn.zfgs.portal.opendata.snapshot.Manifest;
import cn.zfgs.portal.opendata.snapshot.SnapshotService;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Publications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Snapshots with their counts and checksums, the change feed, and the DCAT catalogue that lists them. */
@QuarkusTest
class SnapshotAndFeedTest {

    @Inject
    SnapshotService snapshots;
    @Inject
    PublicationLog log;
    @Inject
    Fixtures fixtures;
    @Inject
    Publications publications;
    @Inject
    CommandsProbe commands;

    @Test
    void staffCanMakeASnapshotOnDemandFromTheCommandLine() {
        CommandsProbe.Outcome outcome = commands.run("snapshot-datasets");
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("已生成").contains("执法决定（decisions）");
        assertThat(snapshots.latest()).isPresent();
    }

    @Test
    void aSnapshotHasEveryDatasetWithTheRightCountAndChecksumsThatMatchTheFiles() throws Exception {
        Manifest manifest = snapshots.take();
        assertThat(manifest.datasets()).hasSize(7);
        for (Manifest.DatasetEntry entry : manifest.datasets()) {
            assertThat(entry.records()).as(entry.name()).isEqualTo(DatasetDownloadTest.published(entry.name()));
            assertThat(entry.files()).hasSize(5);
            for (Manifest.FileEntry file : entry.files()) {
                byte[] body = given().get("/data/snapshots/" + file.file()).then().statusCode(200)
                        .contentType("application/gzip").extract().asByteArray();
                assertThat((long) body.length).isEqualTo(file.bytes());
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)))
                        .isEqualTo(file.sha256());
            }
        }
        String sums = given().get("/data/snapshots/SHA256SUMS").then().statusCode(200).extract().asString();
        assertThat(sums).contains(manifest.datasets().get(0).files().get(0).sha256() + "  decisions.csv.gz");
        given().get("/data/snapshots/manifest.json").then().statusCode(200)
                .body(containsString("\"sequence\":" + manifest.sequence()));
    }

    @Test
    void aWithdrawalRetiresTheSnapshotAndTheNextOneLeavesTheDecisionOut() throws Exception {
        Fixtures.Team team = fixtures.team();
        long id = publications.publishDecision(team, "测市监罚〔2026〕901号");
        Manifest before = snapshots.take();
        assertThat(csvOfSnapshot()).contains("测市监罚〔2026〕901号");

        publications.withdraw(team, id);
        given().get("/data/snapshots/decisions.csv.gz").then().statusCode(503);
        assertThat(snapshots.servable(before)).isFalse();

        Manifest after = snapshots.take();
        assertThat(after.sequence()).isGreaterThan(before.sequence());
        assertThat(csvOfSnapshot()).doesNotContain("测市监罚〔2026〕901号");
        for (String format : new String[] {"jsonl", "ttl", "nt", "jsonld"}) {
            byte[] gz = given().get("/data/snapshots/decisions." + format + ".gz").then().statusCode(200)
                    .extract().asByteArray();
            assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(),
                    StandardCharsets.UTF_8)).doesNotContain("测市监罚〔2026〕901号").doesNotContain("/id/decision/" + id + ">");
        }
        for (String format : new String[] {"csv", "jsonl", "ttl", "nt", "jsonld"}) {
            assertThat(given().get("/data/decisions." + format).then().statusCode(200).extract().asString())
                    .doesNotContain("测市监罚〔2026〕901号");
        }
        assertThat(given().get("/data/withdrawals.csv").then().statusCode(200).extract().asString())
                .contains("/id/decision/" + id).doesNotContain("测市监罚〔2026〕901号");
    }

    @Test
    void theChangeFeedPagesThroughTheLogAndNamesEachEntity() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(given().queryParam("since", 0).queryParam("limit", 10).get("/data/changes")
                .then().statusCode(200).extract().asByteArray());
        assertThat(first.get("changes")).hasSize(10);
        assertThat(first.get("changes").get(0).get("sequence").asLong()).isEqualTo(1);
        assertThat(first.get("more").asBoolean()).isTrue();
        long next = first.get("next_since") == null ? first.get("nextSince").asLong() : first.get("next_since").asLong();
        JsonNode second = json.readTree(given().queryParam("since", next).queryParam("limit", 10).get("/data/changes")
                .then().statusCode(200).extract().asByteArray());
        assertThat(second.get("changes").get(0).get("sequence").asLong()).isEqualTo(next + 1);

        Fixtures.Team team = fixtures.team();
        long seq = log.lastSeq();
        long id = publications.publishDecision(team, "测市监罚〔2026〕902号");
        publications.withdraw(team, id);
        JsonNode latest = json.readTree(given().queryParam("since", seq).get("/data/changes")
                .then().statusCode(200).extract().asByteArray());
        assertThat(latest.get("changes")).hasSize(2);
        assertThat(latest.get("changes").get(1).get("event").asText()).isEqualTo("WITHDRAWN");
        assertThat(latest.get("changes").get(1).get("uri").asText()).endsWith("/id/decision/" + id);

        given().queryParam("since", "abc").get("/data/changes").then().statusCode(400);
        given().queryParam("limit", "0").get("/data/changes").then().statusCode(400);
    }

    @Test
    void theDcatCatalogueIsValidRdfAndListsEveryDistributionWithItsChecksum() throws Exception {
        Manifest manifest = snapshots.take();
        Model turtle = parse(given().get("/data/catalog.ttl").then().statusCode(200).extract().asByteArray(), Lang.TURTLE);
        Model jsonld = parse(given().get("/data/catalog.jsonld").then().statusCode(200).extract().asByteArray(),
                Lang.JSONLD);
        assertThat(turtle.isIsomorphicWith(jsonld)).isTrue();
        assertThat(turtle.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSize(7);
        for (Manifest.DatasetEntry entry : manifest.datasets()) {
            Resource dataset = turtle.getResource("http://localhost:8080/id/dataset/" + entry.name());
            assertThat(dataset.listProperties(DCAT.distribution).toList()).hasSize(10);
            for (Manifest.FileEntry file : entry.files()) {
                Resource dist = turtle.getResource("http://localhost:8080/data/snapshots/" + file.file());
                assertThat(dist.getProperty(DCAT.byteSize).getLong()).isEqualTo(file.bytes());
                assertThat(turtle.listObjects().toList().stream().filter(o -> o.isLiteral())
                        .anyMatch(o -> o.asLiteral().getLexicalForm().equals(file.sha256()))).isTrue();
            }
            Resource schema = dataset.getPropertyResourceValue(
                    turtle.createProperty("http://www.w3.org/ns/csvw#tableSchema"));
            assertThat(schema.listProperties(turtle.createProperty("http://www.w3.org/ns/csvw#column")).toList())
                    .isNotEmpty();
        }
        given().get("/data").then().statusCode(200)
                .body(containsString("执法决定"))
                .body(containsString("document_number"))
                .body(containsString("决定文书文号"))
                .body(containsString(manifest.datasets().get(0).files().get(0).sha256()));
        given().accept("text/html").redirects().follow(false).get("/id/dataset/decisions")
                .then().statusCode(303).header("Location", containsString("/data#decisions"));
        parse(given().accept("text/turtle").get("/id/catalog").then().statusCode(200).extract().asByteArray(),
                Lang.TURTLE);
    }

    private static String csvOfSnapshot() throws Exception {
        byte[] gz = given().get("/data/snapshots/decisions.csv.gz").then().statusCode(200).extract().asByteArray();
        return new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }
}
