package cn.zfgs.portal.opendata;

import cn.zfgs.portal.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dataset in every format, parsed with the libraries researchers would use (Commons CSV, Jackson, Jena):
 * valid, complete (as many records as the published tables hold) and the same graph whatever the RDF syntax.
 */
@QuarkusTest
class DatasetDownloadTest {

    /** What each dataset must count, straight from the published tables. */
    static final Map<String, String> PUBLISHED = Map.of(
            "decisions", "SELECT COUNT(*) FROM pub_decision WHERE is_current",
            "officers", "SELECT COUNT(*) FROM pub_officer WHERE is_current",
            "items", "SELECT COUNT(*) FROM pub_enforcement_item WHERE is_current",
            "agencies", "SELECT COUNT(*) FROM pub_agency WHERE is_current",
            "guides", "SELECT COUNT(*) FROM pub_service_guide WHERE is_current",
            "corrections", "SELECT (SELECT COUNT(*) FROM pub_decision WHERE version > 1) + (SELECT COUNT(*) FROM pub_officer "
                    + "WHERE version > 1) + (SELECT COUNT(*) FROM pub_enforcement_item WHERE version > 1) + (SELECT COUNT(*) "
                    + "FROM pub_agency WHERE version > 1) + (SELECT COUNT(*) FROM pub_service_guide WHERE version > 1)",
            "withdrawals", "SELECT COUNT(*) FROM pub_tombstone WHERE kind IN ('AGENCY', 'ENFORCEMENT_ITEM', 'OFFICER', "
                    + "'SERVICE_GUIDE', 'DECISION')");

    @ParameterizedTest
    @ValueSource(strings = {"decisions", "officers", "items", "agencies", "guides", "corrections", "withdrawals"})
    void csvIsRfc4180WithABomAndHasOneRecordPerPublishedRow(String dataset) throws Exception {
        byte[] body = given().get("/data/" + dataset + ".csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + dataset + ".csv\"")
                .extract().asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            records = parser.getRecords();
            assertThat(parser.getHeaderNames()).contains("uri");
        }
        assertThat((long) records.size()).isEqualTo(published(dataset));
        assertThat(records).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
        assertThat(text).contains("\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"decisions", "officers", "items", "agencies", "guides", "corrections", "withdrawals"})
    void rdfSyntaxesParseToTheSameGraph(String dataset) {
        Model turtle = parse("/data/" + dataset + ".ttl", Lang.TURTLE);
        Model ntriples = parse("/data/" + dataset + ".nt", Lang.NTRIPLES);
        Model jsonld = parse("/data/" + dataset + ".jsonld", Lang.JSONLD);
        assertThat(turtle.isIsomorphicWith(ntriples)).isTrue();
        assertThat(turtle.isIsomorphicWith(jsonld)).as("JSON-LD and Turtle describe the same graph").isTrue();
        if (published(dataset) > 0) {
            assertThat(turtle.size()).isPositive();
        }
    }

    @Test
    void everyPublishedDecisionIsATypedResourceWithItsAgencyAndArticleLevelLegalBases() {
        Model decisions = parse("/data/decisions.ttl", Lang.TURTLE);
        long typed = decisions.listSubjectsWithProperty(RDF.type,
                decisions.createResource("https://w3id.org/zfgs/def#EnforcementDecision")).toList().size();
        assertThat(typed).isEqualTo(published("decisions"));
        assertThat(decisions.listObjectsOfProperty(decisions.createProperty("https://w3id.org/zfgs/def#legalBasis"))
                .toList()).isNotEmpty().allSatisfy(article ->
                assertThat(article.asResource().getURI()).matches(".*/id/law/[^/]+-\\d{4}-\\d{2}-\\d{2}/article/\\d+(-\\d+)?"));
    }

    @Test
    void jsonLinesHasOneObjectPerLine() throws Exception {
        String body = given().get("/data/officers.jsonl").then().statusCode(200)
                .contentType("application/x-ndjson; charset=UTF-8").extract().asString();
        String[] lines = body.split("\n");
        assertThat((long) lines.length).isEqualTo(published("officers"));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : lines) {
            var node = mapper.readTree(line);
            assertThat(node.get("uri").asText()).contains("/id/officer/");
            assertThat(node.get("legal_reviewer").isBoolean()).isTrue();
        }
    }

    @Test
    void gzipOnRequestEitherAsAFileOrOnTheWire() throws IOException {
        byte[] file = given().get("/data/agencies.csv.gz").then().statusCode(200)
                .contentType("application/gzip").extract().asByteArray();
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(file)).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(unzipped).startsWith("\uFEFFid,version,uri,");

        Response wire = given().header("Accept-Encoding", "gzip").get("/data/agencies.csv");
        assertThat(wire.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(wire.asString()).startsWith("\uFEFFid,version,uri,");
    }

    @Test
    void unknownDatasetsAndFormatsAnswer404InChinese() {
        given().get("/data/nosuch.csv").then().statusCode(404);
        given().get("/data/decisions.xlsx").then().statusCode(404);
    }

    static Model parse(String path, Lang lang) {
        byte[] body = given().get(path).then().statusCode(200).extract().asByteArray();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    static long published(String dataset) {
        try (Connection c = TestDatabase.owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(PUBLISHED.get(dataset))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
