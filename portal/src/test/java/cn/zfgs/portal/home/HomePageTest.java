package cn.zfgs.portal.home;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The home page shows real figures and the latest decisions of the published model, and the shell around it. */
@QuarkusTest
class HomePageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void showsTheLatestPublishedDecisionAndThisYearsCounts() throws SQLException {
        String latest = single("SELECT document_number FROM pub_decision WHERE is_current "
                + "ORDER BY decision_date DESC, item_id DESC LIMIT 1");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String penalties = single("SELECT COUNT(*) FROM pub_decision WHERE is_current AND decision_type = 'PENALTY' "
                + "AND decision_date >= DATE '" + year + "-01-01' AND decision_date < DATE '" + (year + 1) + "-01-01'");
        assertThat(Long.parseLong(penalties)).as("demo content has penalties this year").isPositive();

        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\""))
                .body(containsString("最新公示的执法决定"))
                .body(containsString(latest))
                .body(containsString("<span class=\"count\">" + penalties + "</span><span class=\"label\">行政处罚</span>"));
    }

    @Test
    void everyPageHasTheSkipLinkNavigationAndFooterChannels() {
        given().get("/").then().statusCode(200)
                .body(containsString("<a class=\"skip-link\" href=\"#main\">跳到正文</a>"))
                .body(containsString("<nav class=\"site-nav\" aria-label=\"主导航\">"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("投诉与监督"))
                .body(containsString("12345"));
    }

    @Test
    void theLargeTextModeIsKeptInACookieAcrossPages() {
        String cookie = given().redirects().follow(false)
                .formParam("size", "large").formParam("back", "/decisions")
                .post("/preferences/text-size")
                .then().statusCode(303)
                .header("Location", containsString("/decisions"))
                .extract().cookie("zfgs_text");
        assertThat(cookie).isEqualTo("large");
        given().cookie("zfgs_text", "large").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\" class=\"text-large\">"))
                .body(containsString("标准字号"));
    }

    @Test
    void thePreferenceSwitchNeverRedirectsToAnotherSite() {
        for (String hostile : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "/ok\r\nX: y"}) {
            given().redirects().follow(false)
                    .formParam("size", "large").formParam("back", hostile)
                    .post("/preferences/text-size")
                    .then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.endsWith("/"));
        }
    }

    @Test
    void readinessAnswersWhenTheDatabaseIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }

    private String single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
