package cn.zfgs.portal.reports;

import cn.zfgs.portal.support.Db;
import cn.zfgs.portal.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** 纠错: stored as tickets for the publishing agency; validated, size-limited, rate-limited, honeypot-guarded. */
@QuarkusTest
class ErrorReportTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    AgroalDataSource ds;

    private String decision() {
        return Db.one(ds, "SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id DESC LIMIT 1");
    }

    private long tickets(String text) {
        return Db.number(ds, "SELECT COUNT(*) FROM error_report WHERE description = ?", text);
    }

    @Test
    void aReportIsStoredForTheAgencyThatPublishedThePage() {
        String id = decision();
        given().contentType(FORM).header("X-Forwarded-For", "10.8.0.1")
                .formParam("kind", "DECISION").formParam("id", id)
                .formParam("description", "当事人名称中的“医药”应为“药业”。").formParam("contact", "13800000000")
                .formParam("website", "")
                .post("/reports").then().statusCode(200).body(containsString("纠错已收到"))
                .body(containsString("href=\"/decisions/" + id + "\""));
        assertThat(Db.one(ds, "SELECT agency_id || ':' || subject_version || ':' || status || ':' || contact "
                + "FROM error_report WHERE description = ?", "当事人名称中的“医药”应为“药业”。"))
                .isEqualTo(Db.one(ds, "SELECT agency_id || ':' || version || ':NEW:13800000000' FROM pub_decision "
                        + "WHERE is_current AND item_id = ?", Long.parseLong(id)));
    }

    @Test
    void anInvalidReportComesBackWithEveryProblemAndTheTextKept() {
        String id = decision();
        given().contentType(FORM).header("X-Forwarded-For", "10.8.0.2")
                .formParam("kind", "DECISION").formParam("id", id)
                .formParam("description", "错").formParam("contact", "电".repeat(101))
                .post("/reports").then().statusCode(400)
                .body(containsString("“错误内容”过短"))
                .body(containsString("“联系方式”过长"))
                .body(containsString("<textarea id=\"report-description\" name=\"description\" rows=\"5\" required minlength=\"5\" maxlength=\"1000\">错</textarea>"));
    }

    @Test
    void anOversizedReportIsRefusedWithAChineseMessageNotA500() {
        String text = "错".repeat(1001);
        given().contentType(FORM).header("X-Forwarded-For", "10.8.0.3")
                .formParam("kind", "DECISION").formParam("id", decision()).formParam("description", text)
                .post("/reports").then().statusCode(400).body(containsString("最多 1000 个字"));
        given().contentType(FORM).header("X-Forwarded-For", "10.8.0.3")
                .formParam("kind", "DECISION").formParam("id", decision()).formParam("description", "错".repeat(5000))
                .post("/reports").then().statusCode(413).body(containsString("提交的内容超过了允许的大小"));
        assertThat(tickets(text)).isZero();
    }

    @Test
    void aReportAboutAWithdrawnOrUnknownItemIsRefused() {
        String withdrawn = Db.one(ds, "SELECT item_id FROM pub_tombstone WHERE kind = 'DECISION' LIMIT 1");
        given().contentType(FORM).header("X-Forwarded-For", "10.8.0.4")
                .formParam("kind", "DECISION").formParam("id", withdrawn)
                .formParam("description", "这件决定已经撤回了吗？").post("/reports").then().statusCode(400)
                .body(containsString("纠错对象不存在或已撤回"));
        given().contentType(FORM).header("X-Forwarded-For", "10.8.0.4")
                .formParam("kind", "OFFICER").formParam("id", "1")
                .formParam("description", "人员信息有误请核实").post("/reports").then().statusCode(400)
                .body(containsString("纠错对象类别"));
        assertThat(tickets("这件决定已经撤回了吗？")).isZero();
    }

    @Test
    void aFilledHoneypotIsThankedAndDropped() {
        given().contentType(FORM).header("X-Forwarded-For", "10.8.0.5")
                .formParam("kind", "DECISION").formParam("id", decision())
                .formParam("description", "机器人填写的广告内容").formParam("website", "http://spam.example")
                .post("/reports").then().statusCode(200).body(containsString("纠错已收到"));
        assertThat(tickets("机器人填写的广告内容")).isZero();
    }

    @Test
    void thePublicDeploymentsRoleMayFileAReportButNeverReadOne() throws SQLException {
        try (Connection c = TestDatabase.connectAs("zfgs_public"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("INSERT INTO error_report (subject_kind, subject_id, subject_version, "
                    + "agency_id, description, received_at, status) VALUES ('DECISION', 1, 1, 1, '公众角色写入测试', "
                    + "now(), 'NEW') RETURNING id")) {
                assertThat(rs.next()).isTrue();
            }
            assertThatThrownBy(() -> s.executeQuery("SELECT description, contact FROM error_report"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aClientMayReportOnlyAFewTimesAnHour() {
        String id = decision();
        for (int i = 0; i < 5; i++) {
            given().contentType(FORM).header("X-Forwarded-For", "10.8.9.9")
                    .formParam("kind", "DECISION").formParam("id", id)
                    .formParam("description", "第 " + i + " 次测试纠错内容").post("/reports").then().statusCode(200);
        }
        given().contentType(FORM).header("X-Forwarded-For", "10.8.9.9")
                .formParam("kind", "DECISION").formParam("id", id)
                .formParam("description", "第 6 次测试纠错内容").post("/reports").then().statusCode(429)
                .body(containsString("每个网络地址每小时最多提交 5 次"));
        assertThat(tickets("第 6 次测试纠错内容")).isZero();
    }
}
