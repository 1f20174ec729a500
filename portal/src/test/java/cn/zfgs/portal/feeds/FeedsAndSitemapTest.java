package cn.zfgs.portal.feeds;

import cn.zfgs.portal.support.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Atom feeds and sitemaps are well-formed XML that list what is public and nothing withdrawn. */
@QuarkusTest
class FeedsAndSitemapTest {

    @Inject
    AgroalDataSource ds;

    private static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    @Test
    void theDecisionFeedListsTheLatestPublishedAndNoWithdrawn() throws Exception {
        byte[] body = given().get("/feeds/decisions").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asByteArray();
        Document feed = xml(body);
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(50);
        String latest = Db.one(ds, "SELECT item_id FROM pub_decision WHERE is_current "
                + "ORDER BY published_at DESC, item_id DESC LIMIT 1");
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("<id>http://localhost:8080/decisions/" + latest + "</id>");
        Db.one(ds, "SELECT 1");
        String withdrawn = Db.one(ds, "SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' "
                + "ORDER BY withdrawn_at DESC LIMIT 1");
        assertThat(text).doesNotContain("/decisions/" + withdrawn + "<");
    }

    @Test
    void anAgencyFeedHasOnlyThatAgency() throws Exception {
        String agency = Db.one(ds, "SELECT item_id FROM pub_agency WHERE is_current AND level = 'COUNTY'");
        String name = Db.one(ds, "SELECT name FROM pub_agency WHERE item_id = ? AND is_current", Long.parseLong(agency));
        Document feed = xml(given().get("/feeds/agencies/" + agency).then().statusCode(200).extract().asByteArray());
        var authors = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(authors.getLength()).isPositive();
        for (int i = 0; i < authors.getLength(); i++) {
            assertThat(authors.item(i).getTextContent()).contains(name);
        }
        given().get("/feeds/agencies/x").then().statusCode(400);
    }

    @Test
    void theSitemapIndexesEveryPublicPageAndNoWithdrawnOne() throws Exception {
        Document index = xml(given().get("/sitemap.xml").then().statusCode(200).extract().asByteArray());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        String pages = given().get("/sitemaps/pages.xml").then().statusCode(200).extract().asString();
        xml(pages.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pages).contains("http://localhost:8080/agencies/").contains("http://localhost:8080/items/")
                .contains("http://localhost:8080/laws/").contains("<loc>http://localhost:8080/annual-reports</loc>");
        String agency = Db.one(ds, "SELECT MIN(item_id) FROM pub_agency WHERE is_current");
        String year = Db.one(ds, "SELECT MIN(EXTRACT(YEAR FROM decision_date))::int FROM pub_decision WHERE is_current");
        assertThat(pages).contains("<loc>http://localhost:8080/annual-reports/" + agency + "/" + year + "</loc>")
                .contains("<loc>http://localhost:8080/agencies/" + agency + "/board</loc>");
        String decisions = given().get("/sitemaps/decisions-1.xml").then().statusCode(200).extract().asString();
        long current = Db.number(ds, "SELECT COUNT(*) FROM pub_decision WHERE is_current");
        assertThat(decisions.split("<url>").length - 1).isEqualTo((int) current);
        String withdrawn = Db.one(ds, "SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' LIMIT 1");
        assertThat(decisions).doesNotContain("/decisions/" + withdrawn + "<");
        given().get("/sitemaps/decisions-2.xml").then().statusCode(404);
    }

    @Test
    void robotsPointsAtTheSitemapAndAwayFromForms() {
        given().get("/robots.txt").then().statusCode(200)
                .body(containsString("Sitemap: http://localhost:8080/sitemap.xml"))
                .body(containsString("Disallow: /reports"));
    }
}
