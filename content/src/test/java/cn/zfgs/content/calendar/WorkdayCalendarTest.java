package cn.zfgs.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.calendar.HolidayArrangement.AdjustedDay;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected dates are counted by hand from the shipped files in {@code calendar/holidays/}; each comment lists the
 * days counted (n) after the start day.
 */
class WorkdayCalendarTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();

    /** Made up for the tests, not the real 2027 notice: only 元旦 on Friday 2027-01-01. */
    private static final HolidayArrangement NEW_YEAR_2027 = new HolidayArrangement(2027,
            List.of("https://example.org/2027"), List.of(new AdjustedDay(date("2027-01-01"), "元旦", true)));

    @Test
    void coversTheShippedYearsOnly() {
        for (int year = 2007; year <= 2026; year++) {
            assertThat(CALENDAR.covers(year)).as("%d", year).isTrue();
        }
        assertThat(CALENDAR.covers(2006)).isFalse();
        assertThat(CALENDAR.covers(2027)).isFalse();
    }

    @Test
    void weekdaysHolidaysAndAdjustedWorkingDays() {
        assertThat(CALENDAR.isWorkday(date("2024-09-30"))).as("plain Monday").isTrue();
        assertThat(CALENDAR.isWorkday(date("2024-09-28"))).as("plain Saturday").isFalse();
        assertThat(CALENDAR.isWorkday(date("2024-10-01"))).as("国庆 Tuesday").isFalse();
        assertThat(CALENDAR.isWorkday(date("2024-10-12"))).as("调休上班 Saturday").isTrue();
        assertThat(CALENDAR.isWorkday(date("2026-02-14"))).as("调休上班 Saturday").isTrue();
        assertThat(CALENDAR.isWorkday(date("2026-02-23"))).as("春节 Monday").isFalse();
    }

    @Test
    void aNoticeMayMoveDaysOfThePreviousDecember() {
        // The 2008 notice made Monday 2007-12-31 part of 元旦 and Saturday 2007-12-29 a working day.
        assertThat(CALENDAR.isWorkday(date("2007-12-31"))).isFalse();
        assertThat(CALENDAR.isWorkday(date("2007-12-29"))).isTrue();
        // The 2007 notice did the same to 2006, although 2006 itself is not covered.
        assertThat(CALENDAR.isWorkday(date("2006-12-30"))).isTrue();
    }

    @Test
    void theDayWorkResumedAfterTheExtended2020SpringFestivalIsAWorkday() {
        assertThat(CALENDAR.isWorkday(date("2020-02-02"))).isFalse();
        assertThat(CALENDAR.isWorkday(date("2020-02-03"))).isTrue();
    }

    @Test
    void springFestival2024() {
        // Fri 02-09 → 02-10…02-17 春节 off; 02-18 Sun 调休 (1), 02-19…02-23 Mon–Fri (2–6), weekend, Mon 02-26 (7).
        assertThat(CALENDAR.addWorkdays(date("2024-02-09"), 7)).isEqualTo("2024-02-26");
        // Fri 02-02 → Sat 02-03 off, 02-04 Sun 调休 (1), 02-05…02-09 (2–6), 02-10…02-17 off, 02-18 Sun 调休 (7).
        assertThat(CALENDAR.addWorkdays(date("2024-02-02"), 7)).isEqualTo("2024-02-18");
    }

    @Test
    void nationalDay2024() {
        // Fri 09-27 → Sat 09-28 off, 09-29 Sun 调休 (1), Mon 09-30 (2), 10-01…10-07 off, 10-08…10-11 (3–6),
        // 10-12 Sat 调休 (7): due on a Saturday.
        assertThat(CALENDAR.addWorkdays(date("2024-09-27"), 7)).isEqualTo("2024-10-12");
    }

    @Test
    void springFestival2025() {
        // Fri 01-24 → Sat 01-25 off, 01-26 Sun 调休 (1), Mon 01-27 (2), 01-28…02-04 off, 02-05…02-07 (3–5),
        // 02-08 Sat 调休 (6), Sun 02-09 off, Mon 02-10 (7).
        assertThat(CALENDAR.addWorkdays(date("2025-01-24"), 7)).isEqualTo("2025-02-10");
    }

    @Test
    void nationalDay2025() {
        // Tue 09-30 → 10-01…10-08 国庆节、中秋节 off, Thu 10-09 (1), Fri 10-10 (2), 10-11 Sat 调休 (3), Sun off,
        // 10-13…10-16 (4–7).
        assertThat(CALENDAR.addWorkdays(date("2025-09-30"), 7)).isEqualTo("2025-10-16");
    }

    @Test
    void springFestival2026() {
        // Thu 02-12 → Fri 02-13 (1), 02-14 Sat 调休 (2), 02-15…02-23 off, 02-24…02-27 (3–6), 02-28 Sat 调休 (7).
        assertThat(CALENDAR.addWorkdays(date("2026-02-12"), 7)).isEqualTo("2026-02-28");
    }

    @Test
    void midAutumnAndNationalDay2026() {
        // Fri 09-18 → Sat off, 09-20 Sun 调休 (1), 09-21…09-24 (2–5), 09-25…09-27 中秋 off, 09-28 (6), 09-29 (7).
        assertThat(CALENDAR.addWorkdays(date("2026-09-18"), 7)).isEqualTo("2026-09-29");
        // Wed 09-30 → 10-01…10-07 off, 10-08 (1), 10-09 (2), 10-10 Sat 调休 (3), Sun off, 10-12…10-15 (4–7).
        assertThat(CALENDAR.addWorkdays(date("2026-09-30"), 7)).isEqualTo("2026-10-15");
    }

    @Test
    void theStartDayNeverCounts() {
        // Mon 2024-09-30 is a working day, but the period starts on the next one: 10-08 is the first.
        assertThat(CALENDAR.addWorkdays(date("2024-09-30"), 1)).isEqualTo("2024-10-08");
        assertThat(CALENDAR.workdaysBetween(date("2024-09-30"), date("2024-09-30"))).isZero();
    }

    @Test
    void aStartOnAHolidayCountsFromTheNextWorkingDay() {
        // 2024-10-01 (国庆) → 10-02…10-07 off, 10-08…10-11 (1–4), 10-12 Sat 调休 (5), Sun off, 10-14 (6), 10-15 (7).
        assertThat(CALENDAR.addWorkdays(date("2024-10-01"), 7)).isEqualTo("2024-10-15");
    }

    @Test
    void zeroWorkdaysIsTheStartDayItself() {
        assertThat(CALENDAR.addWorkdays(date("2024-10-01"), 0)).isEqualTo("2024-10-01");
        assertThat(CALENDAR.dueDate(date("2024-10-01"), 0)).isEqualTo(new DueDate(date("2024-10-01"), false));
    }

    @Test
    void negativeWorkdaysAreRejected() {
        assertThatThrownBy(() -> CALENDAR.addWorkdays(date("2024-10-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void crossingIntoACoveredYear() {
        // Wed 2025-12-31 → 2026-01-01…01-03 元旦 off, 01-04 Sun 调休 (1), 01-05…01-09 (2–6), weekend, Mon 01-12 (7).
        assertThat(CALENDAR.dueDate(date("2025-12-31"), 7)).isEqualTo(new DueDate(date("2026-01-12"), false));
    }

    @Test
    void crossingIntoAYearWithoutArrangementIsProvisional() {
        // Fri 2026-12-25 → 12-28…12-31 (1–4), Fri 2027-01-01 (5, plain rule), Mon 01-04 (6), Tue 01-05 (7).
        assertThat(CALENDAR.dueDate(date("2026-12-25"), 7)).isEqualTo(new DueDate(date("2027-01-05"), true));
        // Once staff enter 2027 with 01-01 off, the date moves by one day and is final.
        assertThat(CALENDAR.with(NEW_YEAR_2027).dueDate(date("2026-12-25"), 7))
                .isEqualTo(new DueDate(date("2027-01-06"), false));
    }

    @Test
    void aPeriodWithinCoveredDaysIsNotProvisional() {
        assertThat(CALENDAR.dueDate(date("2026-12-21"), 4)).isEqualTo(new DueDate(date("2026-12-25"), false));
    }

    @Test
    void withLeavesTheOriginalUnchangedAndReplacesTheSameYear() {
        WorkdayCalendar with2027 = CALENDAR.with(NEW_YEAR_2027);
        assertThat(CALENDAR.covers(2027)).isFalse();
        assertThat(with2027.isWorkday(date("2027-01-01"))).isFalse();

        HolidayArrangement corrected = new HolidayArrangement(2027, List.of("https://example.org/2027"), List.of());
        assertThat(with2027.with(corrected).isWorkday(date("2027-01-01"))).isTrue();
    }

    @Test
    void twoArrangementsForOneYearAreRejected() {
        assertThatThrownBy(() -> new WorkdayCalendar(List.of(NEW_YEAR_2027, NEW_YEAR_2027)))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessage("2027 年的节假日安排重复");
    }

    @Test
    void arrangementsDisagreeingAboutADecemberDayAreRejected() {
        HolidayArrangement year2026 = new HolidayArrangement(2026, List.of("https://example.org/2026"),
                List.of(new AdjustedDay(date("2026-12-26"), "元旦", false)));
        HolidayArrangement year2027 = new HolidayArrangement(2027, List.of("https://example.org/2027"),
                List.of(new AdjustedDay(date("2026-12-26"), "元旦", true)));

        assertThatThrownBy(() -> new WorkdayCalendar(List.of(year2027, year2026)))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessage("2026-12-26：2026 年和 2027 年的节假日安排对这一天的规定不一致");
    }

    @Test
    void workdaysBetween() {
        // Fri 2024-09-27 → 09-29 Sun 调休, 09-30, 10-08…10-11, 10-12 Sat 调休: 7, as in nationalDay2024.
        assertThat(CALENDAR.workdaysBetween(date("2024-09-27"), date("2024-10-12"))).isEqualTo(7);
        assertThat(CALENDAR.workdaysBetween(date("2024-09-27"), date("2024-10-07"))).isEqualTo(2);
        assertThat(CALENDAR.workdaysBetween(date("2024-10-12"), date("2024-09-27"))).isZero();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
