package cn.zfgs.portal.annual;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.report.AnnualReport;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.PageMeta;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 年报页 — an annual report as the page, the PDF and the CSV show it: the figures, three charts drawn as SVG (each
 * with the same numbers as a table), the corrections and withdrawals, and one line per agency the report rolls up.
 */
public record AnnualReportView(
        Long agencyPageId,
        String agencyName,
        int year,
        boolean rolledUp,
        int decisions,
        String fineTotal,
        int fineCount,
        String confiscatedTotal,
        int licencesGranted,
        int licencesRefused,
        int inspections,
        List<Row> inspectionOutcomes,
        Timeliness timeliness,
        Chart byMonth,
        Chart byType,
        Chart fines,
        List<Correction> corrections,
        List<Row> withdrawals,
        int withdrawalTotal,
        List<AgencyLine> agencies,
        Approval approval,
        PageMeta meta) {

    /**
     * 审核发布 — the published report's version and date when the figures were approved and frozen; null when they are
     * provisional (counted now from what is public, not approved).
     */
    public record Approval(Long itemId, int version, String publishedAt, String changeNote) {
    }

    /** Figures counted on request, not yet approved: they change with corrections and withdrawals. */
    public boolean provisional() {
        return approval == null;
    }

    /** The three charts, in the order the PDF shows them. */
    public List<Chart> charts() {
        return List.of(byType, byMonth, fines);
    }

    /** A labelled count. */
    public record Row(String label, int count) {
    }

    /** 公开时效 as shares. */
    public record Timeliness(int measured, String within7, String within20, String onTime, String median) {
    }

    /** A correction as the report lists it. */
    public record Correction(String documentNumber, String publishedOn, String changeNote) {
    }

    /** One agency in the roll-up, with its own figures. */
    public record AgencyLine(Long pageId, String name, int decisions, String fineTotal, boolean self) {
    }

    /**
     * 统计图 — a horizontal bar chart: {@code bars} carry their geometry in SVG user units so that the template only
     * places them; {@code height} is the whole drawing's.
     */
    public record Chart(String id, String title, String unit, List<Bar> bars, int height) {

        static final int LABEL_WIDTH = 150;
        static final int BAR_AREA = 330;
        static final int ROW = 24;

        public int width() {
            return LABEL_WIDTH + BAR_AREA + 90;
        }

        public int labelWidth() {
            return LABEL_WIDTH;
        }
    }

    /** One bar: its label, value as shown, length in user units and as a share of the longest (for the PDF). */
    public record Bar(String label, String value, int y, int length, int percent) {

        public int textY() {
            return y + 16;
        }

        public int valueX() {
            return Chart.LABEL_WIDTH + length + 6;
        }
    }

    static Chart chart(String id, String title, String unit, List<String> labels, List<BigDecimal> values,
            List<String> shown) {
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            int percent = max.signum() == 0 ? 0 : v.multiply(BigDecimal.valueOf(100)).divide(max, 0,
                    RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(labels.get(i), shown.get(i), 8 + i * Chart.ROW, percent * Chart.BAR_AREA / 100,
                    percent));
        }
        return new Chart(id, title, unit, bars, 16 + labels.size() * Chart.ROW);
    }

    static AnnualReportView of(Long agencyPageId, String agencyName, AnnualReport r, boolean rolledUp,
            List<AgencyLine> agencies, Approval approval, PageMeta meta) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> monthValues = new ArrayList<>();
        List<String> monthShown = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add((m + 1) + " 月");
            monthValues.add(BigDecimal.valueOf(r.byMonth().get(m)));
            monthShown.add(String.valueOf(r.byMonth().get(m)));
        }
        List<String> types = new ArrayList<>();
        List<BigDecimal> typeValues = new ArrayList<>();
        List<String> typeShown = new ArrayList<>();
        for (DecisionType t : DecisionType.values()) {
            types.add(t.label());
            typeValues.add(BigDecimal.valueOf(r.byType().getOrDefault(t, 0)));
            typeShown.add(String.valueOf(r.byType().getOrDefault(t, 0)));
        }
        List<String> bands = new ArrayList<>();
        List<BigDecimal> bandValues = new ArrayList<>();
        List<String> bandShown = new ArrayList<>();
        for (AnnualReport.Band b : r.fines().distribution()) {
            bands.add(b.label());
            bandValues.add(BigDecimal.valueOf(b.count()));
            bandShown.add(String.valueOf(b.count()));
        }
        AnnualReport.Timeliness t = r.timeliness();
        List<Row> outcomes = new ArrayList<>();
        for (InspectionOutcome o : InspectionOutcome.values()) {
            outcomes.add(new Row(o.label(), r.inspections().getOrDefault(o, 0)));
        }
        List<Row> withdrawals = new ArrayList<>();
        for (WithdrawalReason w : WithdrawalReason.values()) {
            withdrawals.add(new Row(w.label(), r.withdrawals().getOrDefault(w, 0)));
        }
        return new AnnualReportView(agencyPageId, agencyName, r.year(), rolledUp, r.decisions(),
                Formats.yuan(r.fines().total()), r.fines().count(), Formats.yuan(r.fines().confiscatedTotal()),
                r.licencesGranted(), r.licencesRefused(), r.inspectionTotal(), outcomes,
                new Timeliness(t.measured(), share(t.within7(), t.measured()), share(t.within20(), t.measured()),
                        share(t.onTime(), t.measured()),
                        t.medianWorkdays() == null ? "—" : t.medianWorkdays().toPlainString() + " 个工作日"),
                chart("by-month", "按月份的执法决定数", "件", months, monthValues, monthShown),
                chart("by-type", "按类别的执法决定数", "件", types, typeValues, typeShown),
                chart("fines", "罚款金额分布（件数）", "件", bands, bandValues, bandShown),
                r.corrections().stream().map(c -> new Correction(c.documentNumber(), Formats.date(c.publishedOn()),
                        c.changeNote())).toList(),
                withdrawals, r.withdrawalTotal(), agencies, approval, meta);
    }

    /** 87.5%, or — when nothing was counted. */
    static String share(int part, int whole) {
        if (whole == 0) {
            return "—";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }
}
