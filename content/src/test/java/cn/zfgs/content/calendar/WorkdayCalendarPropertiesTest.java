package cn.zfgs.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Start days range over 2000-01-01 … 2030-12-31: the shipped years and the plain Monday–Friday rule around them. */
class WorkdayCalendarPropertiesTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int LAST_OFFSET = 11_322;

    @Property
    void theNthWorkingDayIsAWorkingDay(@ForAll @IntRange(max = LAST_OFFSET) int offset,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(CALENDAR.isWorkday(CALENDAR.addWorkdays(FIRST_DAY.plusDays(offset), n))).isTrue();
    }

    @Property
    void countingTheWorkingDaysAddedGivesThemBack(@ForAll @IntRange(max = LAST_OFFSET) int offset,
            @ForAll @IntRange(max = 60) int n) {
        LocalDate start = FIRST_DAY.plusDays(offset);

        assertThat(CALENDAR.workdaysBetween(start, CALENDAR.addWorkdays(start, n))).isEqualTo(n);
    }

    @Property
    void addingTheWorkingDaysCountedReachesTheLastWorkingDayUpToTheEnd(@ForAll @IntRange(max = LAST_OFFSET) int offset,
            @ForAll @IntRange(max = 90) int length) {
        LocalDate from = FIRST_DAY.plusDays(offset);
        LocalDate to = from.plusDays(length);

        LocalDate reached = CALENDAR.addWorkdays(from, CALENDAR.workdaysBetween(from, to));

        assertThat(reached).isBeforeOrEqualTo(to);
        assertThat(CALENDAR.workdaysBetween(reached, to)).isZero();
    }

    @Property
    void aPeriodIsProvisionalExactlyWhenItRunsPast2026(@ForAll @IntRange(max = LAST_OFFSET) int offset,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate start = FIRST_DAY.plusDays(offset);

        DueDate due = CALENDAR.dueDate(start, n);

        boolean outsideShippedYears = start.plusDays(1).getYear() < 2007 || due.date().getYear() > 2026;
        assertThat(due.provisional()).isEqualTo(outsideShippedYears);
    }
}
