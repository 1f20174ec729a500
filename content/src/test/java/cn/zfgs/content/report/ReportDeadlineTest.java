package cn.zfgs.content.report;

import cn.zfgs.content.calendar.WorkdayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The previous year's report is due on 31 January: open early in January, due soon in its last days, then overdue. */
class ReportDeadlineTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();

    @Test
    void earlyInJanuaryTheReportIsOpen() {
        ReportDeadline d = ReportDeadline.onDay(LocalDate.of(2026, 1, 5), CALENDAR);
        assertThat(d.year()).isEqualTo(2025);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(d.status()).isEqualTo(ReportDeadline.Status.OPEN);
    }

    @Test
    void inItsLastWorkingDaysItIsDueSoon() {
        // 2026-01-26 (Monday): 27, 28, 29, 30 January are working days, the 31st a Saturday.
        ReportDeadline d = ReportDeadline.onDay(LocalDate.of(2026, 1, 26), CALENDAR);
        assertThat(d.status()).isEqualTo(ReportDeadline.Status.DUE_SOON);
        assertThat(d.workdays()).isEqualTo(4);
        assertThat(d.days()).isEqualTo("还剩 4 个工作日");
        assertThat(ReportDeadline.onDay(LocalDate.of(2026, 1, 31), CALENDAR).days()).isEqualTo("今天到期");
    }

    @Test
    void fromFebruaryItIsOverdue() {
        ReportDeadline d = ReportDeadline.onDay(LocalDate.of(2026, 2, 3), CALENDAR);
        assertThat(d.status()).isEqualTo(ReportDeadline.Status.OVERDUE);
        assertThat(d.workdays()).isEqualTo(2);
        assertThat(d.days()).isEqualTo("逾期 2 个工作日");
    }
}
