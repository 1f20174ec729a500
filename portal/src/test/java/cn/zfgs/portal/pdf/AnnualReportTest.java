package cn.zfgs.portal.pdf;

import cn.zfgs.portal.support.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The annual report's counts, for every agency of the demo content and every year with decisions, equal counts made
 * straight from the published tables in SQL (with the agency tree walked by a recursive query), in the CSV; and the
 * page and the PDF show them.
 */
@QuarkusTest
class AnnualReportTest {

    // The agency and every agency below it, by the records' agency ids.
    private static final String SCOPE = "WITH RECURSIVE scope(agency_id) AS ("
            + "SELECT agency_id FROM pub_agency WHERE is_current AND item_id = ? UNION "
            + "SELECT a.agency_id FROM pub_agency a JOIN scope s ON a.parent_agency_id = s.agency_id WHERE a.is_current) ";
    private static final String YEAR = " AT TIME ZONE 'Asia/Shanghai'";

    @Inject
    AgroalDataSource ds;

    @Test
    void theCsvCountsEqualCountsFromThePublishedTablesForEveryAgencyAndYear() throws Exception {
        List<Long> agencies = longs("SELECT item_id FROM pub_agency WHERE is_current ORDER BY item_id");
        List<Long> years = longs("SELECT DISTINCT EXTRACT(YEAR FROM decision_date) FROM pub_decision WHERE is_current "
                + "ORDER BY 1");
        assertThat(agencies).hasSizeGreaterThan(1);
        assertThat(years).isNotEmpty();
        int compared = 0;
        for (long agency : agencies) {
            for (long year : years) {
                // A published report keeps the figures approved in January (AnnualReportWorkflowTest checks those).
                if (Db.number(ds, "SELECT COUNT(*) FROM pub_annual_report r JOIN pub_agency a ON a.agency_id = "
                        + "r.agency_id AND a.is_current WHERE r.is_current AND a.item_id = ? AND r.report_year = ?",
                        agency, year) > 0) {
                    compared++;
                    continue;
                }
                String csv = given().get("/annual-reports/" + agency + "/" + year + ".csv").then().statusCode(200)
                        .contentType(containsString("text/csv")).extract().asString();
                assertThat(csv).startsWith("\uFEFF执法主体,年度,指标,分项,数值");
                String d = SCOPE + "SELECT COUNT(*) FROM pub_decision d JOIN scope s ON s.agency_id = d.agency_id "
                        + "WHERE d.is_current AND EXTRACT(YEAR FROM d.decision_date) = ?";
                assertThat(value(csv, "执法决定", "合计")).as(agency + "/" + year).isEqualTo(count(d, agency, year));
                for (String[] type : new String[][] {{"LICENSING", "行政许可"}, {"PENALTY", "行政处罚"},
                        {"COERCION", "行政强制"}, {"INSPECTION", "行政检查"}, {"LEVY", "行政征收"}, {"FEE", "行政收费"},
                        {"OTHER", "其他"}}) {
                    assertThat(value(csv, "按类别", type[1])).as(agency + "/" + year + " " + type[0])
                            .isEqualTo(count(d + " AND d.decision_type = '" + type[0] + "'", agency, year));
                }
                for (int month = 1; month <= 12; month++) {
                    assertThat(value(csv, "按月份", month + "月")).as(agency + "/" + year + " month " + month)
                            .isEqualTo(count(d + " AND EXTRACT(MONTH FROM d.decision_date) = " + month, agency, year));
                }
                assertThat(value(csv, "罚款", "件数")).isEqualTo(count(d + " AND d.fine_amount > 0", agency, year));
                assertThat(new java.math.BigDecimal(value(csv, "罚款", "金额合计（元）"))).isEqualByComparingTo(
                        one(SCOPE + "SELECT COALESCE(SUM(d.fine_amount), 0) FROM pub_decision d JOIN scope s "
                                + "ON s.agency_id = d.agency_id WHERE d.is_current "
                                + "AND EXTRACT(YEAR FROM d.decision_date) = ?", agency, year));
                assertThat(value(csv, "行政许可", "准予")).isEqualTo(count(d + " AND d.decision_type = 'LICENSING' "
                        + "AND d.result NOT LIKE '不予%'", agency, year));
                assertThat(value(csv, "更正", "件数")).isEqualTo(count(SCOPE + "SELECT COUNT(*) FROM pub_decision d "
                        + "JOIN scope s ON s.agency_id = d.agency_id WHERE d.version > 1 "
                        + "AND EXTRACT(YEAR FROM d.published_at" + YEAR + ") = ?", agency, year));
                int withdrawals = 0;
                for (String[] reason : new String[][] {{"REVOKED", "决定已被撤销"}, {"PERIOD_EXPIRED", "公示期限届满"},
                        {"CONFIRMED_UNLAWFUL", "决定被确认违法"}, {"TO_BE_REMADE", "决定被责令重新作出"}}) {
                    String expected = count(SCOPE + "SELECT COUNT(*) FROM pub_tombstone t JOIN scope s "
                            + "ON s.agency_id = t.agency_id WHERE t.kind = 'DECISION' AND t.reason = '" + reason[0]
                            + "' AND EXTRACT(YEAR FROM t.withdrawn_at" + YEAR + ") = ?", agency, year);
                    assertThat(value(csv, "撤回", reason[1])).as(agency + "/" + year + " " + reason[0])
                            .isEqualTo(expected);
                    withdrawals += Integer.parseInt(expected);
                }
                int inspections = 0;
                for (String outcome : new String[] {"未发现问题", "发现问题已责令整改", "发现问题已立案查处",
                        "通过登记的住所（经营场所）无法联系"}) {
                    inspections += Integer.parseInt(value(csv, "随机抽查", outcome));
                }
                assertThat(String.valueOf(inspections)).isEqualTo(count(SCOPE + "SELECT COUNT(*) FROM "
                        + "pub_inspection_result i JOIN scope s ON s.agency_id = i.agency_id WHERE i.is_current "
                        + "AND EXTRACT(YEAR FROM i.inspected_on) = ?", agency, year));
                assertThat(value(csv, "公开时效", "统计件数")).isEqualTo(value(csv, "执法决定", "合计"));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(agencies.size() * years.size());
    }

    @Test
    void theProvincialReportRollsUpAndHasChartsWithTablesAndASignedPdf() throws Exception {
        long city = Db.number(ds, "SELECT item_id FROM pub_agency WHERE is_current AND level = 'CITY' "
                + "AND EXISTS (SELECT 1 FROM pub_agency c WHERE c.is_current AND c.parent_agency_id = pub_agency.agency_id)"
                + " ORDER BY item_id LIMIT 1");
        String county = Db.one(ds, "SELECT c.name FROM pub_agency c JOIN pub_agency p ON c.parent_agency_id = p.agency_id "
                + "AND p.is_current WHERE c.is_current AND p.item_id = ? LIMIT 1", city);
        long year = Db.number(ds, "SELECT MAX(EXTRACT(YEAR FROM decision_date)) FROM pub_decision WHERE is_current");
        String page = given().get("/annual-reports/" + city + "/" + year).then().statusCode(200)
                .body(containsString("年度行政执法统计年报"))
                .body(containsString("本年报汇总本机关及下级机关"))
                .body(containsString(county))
                .extract().asString();
        assertThat(page.split("<svg class=\"bar-chart\" role=\"img\"", -1)).hasSize(4);
        assertThat(page.split("<table class=\"chart-data\">", -1)).hasSize(4);
        assertThat(page).contains("公开用时中位数").contains("7 个工作日内公开");

        byte[] pdf = PdfTool.patient().get("/annual-reports/" + city + "/" + year + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfTool.text(pdf, "annual-report");
        assertThat(text).contains(year + "年度行政执法统计年报").contains("公开时效").contains(PdfTool.squeeze(county));
        PdfTool.assertArchivalAndTagged(pdf);
        PdfTool.png("annual-report");
        given().get("/annual-reports").then().statusCode(200)
                .body(containsString("href=\"/annual-reports/" + city + "/" + year + "\""));
    }

    @Test
    void badAddressesAnswerInChinese() {
        given().get("/annual-reports/abc/2025").then().statusCode(400).body(containsString("执法主体编号格式不正确"));
        given().get("/annual-reports/1/20x5").then().statusCode(400).body(containsString("年度格式不正确"));
        given().get("/annual-reports/999999999/2025").then().statusCode(404).body(containsString("未找到编号为"));
        given().get("/annual-reports/1/2999").then().statusCode(404).body(containsString("尚未开始"));
    }

    private static String value(String csv, String metric, String item) {
        for (String line : csv.split("\r\n")) {
            String[] cells = line.split(",");
            if (cells.length == 5 && cells[2].equals(metric) && cells[3].equals(item)) {
                return cells[4];
            }
        }
        throw new AssertionError("no " + metric + "/" + item + " in\n" + csv);
    }

    private String count(String sql, long agency, long year) throws SQLException {
        return one(sql, agency, year);
    }

    private String one(String sql, long agency, long year) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, agency);
            s.setLong(2, year);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private List<Long> longs(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
