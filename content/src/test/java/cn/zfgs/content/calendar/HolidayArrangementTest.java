package cn.zfgs.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.calendar.HolidayArrangement.AdjustedDay;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arrangements here are made up, as staff might enter them for 2027. */
class HolidayArrangementTest {

    private static final List<String> PAPERS = List.of("https://example.org/2027");

    @Test
    void anAdjustedWorkingDayOnAWeekdayIsRejected() {
        assertThatThrownBy(() -> arrangement(working("2027-02-10")))
                .isInstanceOf(InvalidArrangementException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2027-02-10：调休上班日必须是周六或周日");
    }

    @Test
    void aHolidayEnteredAsWorkingDayInsideTheHolidayIsRejected() {
        assertThatThrownBy(() -> arrangement(off("2027-02-09"), working("2027-02-10"), off("2027-02-11")))
                .hasMessage("2027-02-10：调休上班日必须是周六或周日");
    }

    @Test
    void theWeekdayWorkResumesAfterAHolidayMayBeListed() {
        // As the 2020 notice did for Monday 2020-02-03 after the extended 春节.
        assertThat(arrangement(off("2027-02-13"), off("2027-02-14"), working("2027-02-15")).days()).hasSize(3);
    }

    @Test
    void holidaysMayFallOnWeekends() {
        assertThat(arrangement(off("2027-02-06"), working("2027-02-20")).days()).hasSize(2);
    }

    @Test
    void aDateOutsideTheYearIsRejected() {
        assertThatThrownBy(() -> arrangement(off("2028-01-01")))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessage("2028-01-01：日期必须在 2027 年内（元旦假期可从 2026 年 12 月开始）");
        assertThatThrownBy(() -> arrangement(off("2026-11-30")))
                .hasMessage("2026-11-30：日期必须在 2027 年内（元旦假期可从 2026 年 12 月开始）");
    }

    @Test
    void theNewYearHolidayMayStartInThePreviousDecember() {
        assertThat(arrangement(working("2026-12-26"), off("2026-12-31"), off("2027-01-01")).days()).hasSize(3);
    }

    @Test
    void aDateEnteredTwiceIsRejected() {
        assertThatThrownBy(() -> arrangement(off("2027-01-01"), off("2027-01-01")))
                .hasMessage("2027-01-01：同一日期只能登记一次");
    }

    @Test
    void aDayWithoutNameIsRejected() {
        assertThatThrownBy(() -> new HolidayArrangement(2027, PAPERS,
                List.of(new AdjustedDay(LocalDate.parse("2027-01-01"), " ", true))))
                .hasMessage("2027-01-01：请填写节日名称");
    }

    @Test
    void anArrangementWithoutNoticeIsRejected() {
        assertThatThrownBy(() -> new HolidayArrangement(2027, List.of(), List.of()))
                .hasMessage("2027 年的节假日安排：请填写国务院通知的网址");
        assertThatThrownBy(() -> new HolidayArrangement(2027, List.of(""), List.of()))
                .hasMessage("2027 年的节假日安排：请填写国务院通知的网址");
    }

    @Test
    void daysAreKeptInDateOrder() {
        assertThat(arrangement(off("2027-02-08"), off("2027-01-01")).days())
                .extracting(AdjustedDay::date)
                .containsExactly(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-08"));
    }

    private static HolidayArrangement arrangement(AdjustedDay... days) {
        return new HolidayArrangement(2027, PAPERS, Arrays.asList(days));
    }

    private static AdjustedDay off(String date) {
        return new AdjustedDay(LocalDate.parse(date), "春节", true);
    }

    private static AdjustedDay working(String date) {
        return new AdjustedDay(LocalDate.parse(date), "春节", false);
    }
}
