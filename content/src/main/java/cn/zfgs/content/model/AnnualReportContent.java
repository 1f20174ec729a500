package cn.zfgs.content.model;

import cn.zfgs.content.report.AnnualReport;

import java.math.BigDecimal;
import java.util.List;

/**
 * 行政执法统计年报 — an agency's enforcement statistics of one year (rolled up over the agencies below it), as the
 * system counted them from the published tables. A draft is made in January; once approved and
 * published these figures are the report: later corrections, withdrawals and expiring publication periods no longer
 * change it (ADR 0015).
 *
 * @param year       the calendar year reported on
 * @param agencyName the reporting agency
 * @param figures    the figures over the agency and every public agency below it
 * @param agencies   one line per agency the report covers, the reporting agency first
 */
public record AnnualReportContent(int year, String agencyName, AnnualReport figures,
        List<AgencyFigures> agencies) implements Content {

    /** 分机关数据 — one covered agency's own decisions and fines. */
    public record AgencyFigures(long agencyId, String name, int decisions, BigDecimal fineTotal) {
    }

    public AnnualReportContent {
        agencies = List.copyOf(agencies);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.ANNUAL_REPORT;
    }

    /** The year: an agency has one report per year. */
    @Override
    public String naturalKey() {
        return String.valueOf(year);
    }

    @Override
    public String title() {
        return agencyName + " " + year + " 年度行政执法统计年报";
    }
}
