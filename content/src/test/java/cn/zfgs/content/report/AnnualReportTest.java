package cn.zfgs.content.report;

import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.WithdrawalReason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualReportTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();

    private static ReportRows.Decision decision(long agency, DecisionType type, LocalDate on, LocalDate published,
            String fine, String result) {
        return new ReportRows.Decision(agency, type, on, published, fine == null ? null : new BigDecimal(fine), null,
                result);
    }

    private static final ReportRows ROWS = new ReportRows(
            List.of(
                    // Friday 2025-09-26 → the next Friday 2025-10-03 is in the National Day holiday (8 days off,
                    // with Sunday 28 September and Saturday 11 October worked): published Thursday 9 October.
                    decision(1, DecisionType.PENALTY, LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 9), "500",
                            "罚款 500 元"),
                    decision(1, DecisionType.PENALTY, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5), "25000",
                            "罚款 25000 元"),
                    decision(1, DecisionType.LICENSING, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11), null,
                            "准予许可"),
                    decision(2, DecisionType.LICENSING, LocalDate.of(2025, 3, 12), LocalDate.of(2025, 4, 30), null,
                            "不予行政许可，理由如下"),
                    decision(2, DecisionType.INSPECTION, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 20), null,
                            "责令改正"),
                    // Another year, another agency: not counted.
                    decision(1, DecisionType.PENALTY, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2), "99",
                            "罚款"),
                    decision(3, DecisionType.PENALTY, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 7), "2000000",
                            "罚款")),
            List.of(new ReportRows.Correction(2, "测罚〔2025〕2号", LocalDate.of(2025, 6, 1), "金额有误"),
                    new ReportRows.Correction(1, "测罚〔2025〕1号", LocalDate.of(2025, 5, 1), "文号有误"),
                    new ReportRows.Correction(1, "测罚〔2024〕9号", LocalDate.of(2024, 5, 1), "上一年")),
            List.of(new ReportRows.Withdrawal(1, WithdrawalReason.REVOKED, LocalDate.of(2025, 8, 1)),
                    new ReportRows.Withdrawal(2, WithdrawalReason.PERIOD_EXPIRED, LocalDate.of(2025, 8, 2)),
                    new ReportRows.Withdrawal(2, WithdrawalReason.PERIOD_EXPIRED, LocalDate.of(2026, 1, 2))),
            List.of(new ReportRows.Inspection(1, LocalDate.of(2025, 4, 1), InspectionOutcome.COMPLIANT),
                    new ReportRows.Inspection(2, LocalDate.of(2025, 4, 2), InspectionOutcome.RECTIFIED),
                    new ReportRows.Inspection(3, LocalDate.of(2025, 4, 2), InspectionOutcome.VIOLATION)));

    @Test
    void countsOneAgencysYear() {
        AnnualReport r = AnnualReport.of(2025, Set.of(1L), ROWS, CALENDAR);
        assertThat(r.decisions()).isEqualTo(3);
        assertThat(r.byType()).containsEntry(DecisionType.PENALTY, 2).containsEntry(DecisionType.LICENSING, 1)
                .containsEntry(DecisionType.FEE, 0).hasSize(DecisionType.values().length);
        assertThat(r.byMonth().get(2)).isEqualTo(2);
        assertThat(r.byMonth().get(8)).isEqualTo(1);
        assertThat(r.byMonth().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(r.fines().count()).isEqualTo(2);
        assertThat(r.fines().total()).isEqualByComparingTo("25500");
        assertThat(r.fines().distribution()).extracting(AnnualReport.Band::count).containsExactly(1, 0, 1, 0, 0);
        assertThat(r.licencesGranted()).isEqualTo(1);
        assertThat(r.licencesRefused()).isZero();
        assertThat(r.corrections()).extracting(ReportRows.Correction::changeNote).containsExactly("文号有误");
        assertThat(r.withdrawals()).containsEntry(WithdrawalReason.REVOKED, 1);
        assertThat(r.withdrawalTotal()).isEqualTo(1);
        assertThat(r.inspectionTotal()).isEqualTo(1);
    }

    @Test
    void rollsUpTheAgenciesBelow() {
        AnnualReport r = AnnualReport.of(2025, Set.of(1L, 2L), ROWS, CALENDAR);
        assertThat(r.decisions()).isEqualTo(5);
        assertThat(r.licencesGranted()).isEqualTo(1);
        assertThat(r.licencesRefused()).isEqualTo(1);
        assertThat(r.byMonth().get(11)).isEqualTo(1);
        assertThat(r.corrections()).extracting(ReportRows.Correction::documentNumber)
                .containsExactly("测罚〔2025〕1号", "测罚〔2025〕2号");
        assertThat(r.withdrawals()).containsEntry(WithdrawalReason.PERIOD_EXPIRED, 1);
        assertThat(r.inspections()).containsEntry(InspectionOutcome.RECTIFIED, 1)
                .containsEntry(InspectionOutcome.VIOLATION, 0);
    }

    @Test
    void timelinessCountsWorkingDaysAcrossHolidays() {
        AnnualReport r = AnnualReport.of(2025, Set.of(1L, 2L), ROWS, CALENDAR);
        // Working days: 26 Sep → 9 Oct: 28 Sep (adjusted), 29, 30 Sep, 9 Oct = 4; 3 → 5 Mar: 2; 10 → 11 Mar: 1;
        // 12 Mar → 30 Apr: 34; 31 Dec → 20 Jan 2026: 13.
        assertThat(CALENDAR.workdaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 9))).isEqualTo(4);
        AnnualReport.Timeliness t = r.timeliness();
        assertThat(t.measured()).isEqualTo(5);
        assertThat(t.within7()).isEqualTo(3);
        assertThat(t.within20()).isEqualTo(4);
        // The inspection decision's own period is 20 working days: on time; the refused licence (7) is late.
        assertThat(t.onTime()).isEqualTo(4);
        assertThat(t.medianWorkdays()).isEqualByComparingTo("4");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(AnnualReport.median(List.of(5, 1, 2, 8))).isEqualByComparingTo("3.5");
        assertThat(AnnualReport.median(List.of())).isNull();
    }

    @Test
    void fineBandsAreNamedInChinese() {
        AnnualReport r = AnnualReport.of(2025, Set.of(3L), ROWS, CALENDAR);
        assertThat(r.fines().distribution()).extracting(AnnualReport.Band::label)
                .containsExactly("不足 1000 元", "1000 元至不足 1 万元", "1 万元至不足 10 万元", "10 万元至不足 100 万元",
                        "100 万元及以上");
        assertThat(r.fines().distribution().get(4).count()).isEqualTo(1);
        assertThat(r.timeliness().medianWorkdays()).isEqualByComparingTo("1");
    }

    @Test
    void aLicenceIsRefusedWhenItsResultSaysSo() {
        assertThat(AnnualReport.refusal("不予许可。")).isTrue();
        assertThat(AnnualReport.refusal("准予许可，不予收费")).isFalse();
        assertThat(AnnualReport.refusal(null)).isFalse();
    }
}
