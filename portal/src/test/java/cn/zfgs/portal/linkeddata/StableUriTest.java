package cn.zfgs.portal.linkeddata;

import cn.zfgs.portal.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** Stable URIs: content negotiation, explicit suffixes, versions, laws and articles, and withdrawn entities. */
@QuarkusTest
class StableUriTest {

    private static final String BASE = "http://localhost:8080";
    private static final String ZFGS = "https://w3id.org/zfgs/def#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    @ParameterizedTest
    @CsvSource({"text/turtle,text/turtle,TURTLE", "application/ld+json,application/ld+json,JSONLD",
            "application/n-triples,application/n-triples,NTRIPLES", "application/rdf+xml,application/rdf+xml,RDFXML"})
    void rdfClientsGetTheDescriptionTheyAskFor(String accept, String contentType, String lang) throws SQLException {
        long id = single("SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id LIMIT 1");
        byte[] body = given().accept(accept).redirects().follow(false).get("/id/decision/" + id)
                .then().statusCode(200)
                .contentType(containsString(contentType))
                .header("Vary", containsString("Accept"))
                .header("Content-Location", endsWith("/id/decision/" + id + "." + langExtension(lang)))
                .extract().asByteArray();
        Model model = parse(body, lang(lang));
        Resource decision = model.getResource(BASE + "/id/decision/" + id);
        assertThat(decision.hasProperty(RDF.type, model.getResource(ZFGS + "EnforcementDecision"))).isTrue();
        assertThat(decision.hasProperty(model.getProperty(PROV + "wasAttributedTo"))).isTrue();
    }

    @Test
    void browsersAreSentToThePublicPage() throws SQLException {
        long id = single("SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id LIMIT 1");
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").redirects().follow(false)
                .get("/id/decision/" + id).then().statusCode(303).header("Location", endsWith("/decisions/" + id));
        given().redirects().follow(false).get("/id/decision/" + id + ".html")
                .then().statusCode(303).header("Location", endsWith("/decisions/" + id));
        long agency = single("SELECT agency_id FROM pub_agency WHERE is_current ORDER BY agency_id LIMIT 1");
        given().accept("text/html").redirects().follow(false).get("/id/agency/" + agency)
                .then().statusCode(303).header("Location", endsWith("/agencies/" + agency));
    }

    @Test
    void aCorrectedDecisionHasEveryVersionWithItsProvenance() throws Exception {
        long id = single("SELECT item_id FROM pub_decision WHERE is_current AND version = 2 ORDER BY item_id LIMIT 1");
        Model current = parse(given().get("/id/decision/" + id + ".ttl").then().statusCode(200)
                .extract().asByteArray(), Lang.TURTLE);
        Resource v2 = current.getResource(BASE + "/id/decision/" + id + "/version/2");
        assertThat(v2.getPropertyResourceValue(current.getProperty(PROV + "wasRevisionOf")).getURI())
                .isEqualTo(BASE + "/id/decision/" + id + "/version/1");
        assertThat(v2.hasProperty(current.getProperty(ZFGS + "changeNote"))).isTrue();

        Model first = parse(given().get("/id/decision/" + id + "/version/1.jsonld").then().statusCode(200)
                .contentType(containsString("application/ld+json")).extract().asByteArray(), Lang.JSONLD);
        Resource v1 = first.getResource(BASE + "/id/decision/" + id + "/version/1");
        assertThat(v1.getPropertyResourceValue(first.getProperty(PROV + "specializationOf")).getURI())
                .isEqualTo(BASE + "/id/decision/" + id);
        assertThat(v1.hasProperty(first.getProperty(ZFGS + "documentNumber"))).isTrue();

        JsonNode json = new ObjectMapper().readTree(given().get("/id/decision/" + id + ".json").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asByteArray());
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("versions")).hasSize(2);
        given().get("/id/decision/" + id + "/version/9.ttl").then().statusCode(404);
    }

    @Test
    void aWithdrawnDecisionAnswersGoneWithItsTombstoneOnly() throws SQLException {
        long id = single("SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' ORDER BY item_id LIMIT 1");
        byte[] body = given().get("/id/decision/" + id + ".ttl").then().statusCode(410).extract().asByteArray();
        Model tombstone = parse(body, Lang.TURTLE);
        Resource decision = tombstone.getResource(BASE + "/id/decision/" + id);
        assertThat(decision.hasProperty(tombstone.getProperty(PROV + "invalidatedAtTime"))).isTrue();
        assertThat(decision.hasProperty(tombstone.getProperty(ZFGS + "documentNumber"))).isFalse();
        assertThat(decision.hasProperty(tombstone.getProperty(ZFGS + "facts"))).isFalse();
        given().get("/id/decision/" + id + ".json").then().statusCode(410).body(containsString("\"withdrawn\":true"));
    }

    @Test
    void citedArticlesResolveToTheLawTextAndItsPage() throws SQLException {
        Model decisions = parse(given().get("/data/decisions.ttl").then().statusCode(200).extract().asByteArray(),
                Lang.TURTLE);
        String article = decisions.listObjectsOfProperty(decisions.getProperty(ZFGS + "legalBasis")).next()
                .asResource().getURI();
        String path = article.substring(BASE.length());
        Model model = parse(given().accept("text/turtle").get(path).then().statusCode(200).extract().asByteArray(),
                Lang.TURTLE);
        Resource resolved = model.getResource(article);
        assertThat(resolved.hasProperty(RDF.type,
                model.getResource("http://data.europa.eu/eli/ontology#LegalResourceSubdivision"))).isTrue();
        String location = given().accept("text/html").redirects().follow(false).get(path)
                .then().statusCode(303).extract().header("Location");
        String page = URLDecoder.decode(location, StandardCharsets.UTF_8);
        assertThat(page).contains("/laws/").contains("#article-");
        String anchor = page.substring(page.indexOf('#') + 1);
        given().get(page.substring(page.indexOf("/laws/"), page.indexOf('#'))).then().statusCode(200)
                .body(containsString("id=\"" + anchor + "\""));
    }

    @Test
    void agenciesCarryTheirPlaceInTheHierarchy() throws SQLException {
        long child = single("SELECT agency_id FROM pub_agency WHERE is_current AND parent_agency_id IS NOT NULL LIMIT 1");
        long parent = single("SELECT parent_agency_id FROM pub_agency WHERE is_current AND agency_id = " + child);
        Model model = parse(given().get("/id/agency/" + child + ".jsonld").then().statusCode(200)
                .extract().asByteArray(), Lang.JSONLD);
        Resource agency = model.getResource(BASE + "/id/agency/" + child);
        assertThat(agency.hasProperty(RDF.type, ORG.FormalOrganization)).isTrue();
        assertThat(agency.getPropertyResourceValue(ORG.subOrganizationOf).getURI())
                .isEqualTo(BASE + "/id/agency/" + parent);
    }

    @Test
    void unknownThingsAndUnofferedFormatsAreRefusedClearly() {
        given().get("/id/decision/999999999.ttl").then().statusCode(404);
        given().accept("image/png").get("/id/agency/1").then().statusCode(406);
        given().get("/id/law/不存在的法-2020-01-01.ttl").then().statusCode(404);
        given().get("/id/decision/12345678901234567890.ttl").then().statusCode(400);
    }

    private static String langExtension(String lang) {
        return switch (lang) {
            case "TURTLE" -> "ttl";
            case "JSONLD" -> "jsonld";
            case "NTRIPLES" -> "nt";
            default -> "rdf";
        };
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
    }

    static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    static long single(String sql) throws SQLException {
        try (Connection c = TestDatabase.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }
}
