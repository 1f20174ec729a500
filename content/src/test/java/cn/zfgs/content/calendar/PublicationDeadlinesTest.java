package cn.zfgs.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.calendar.Timeliness.Status;
import cn.zfgs.content.model.DecisionType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Expected dates are counted by hand from the shipped holiday files, as in {@link WorkdayCalendarTest}. */
class PublicationDeadlinesTest {

    private final PublicationDeadlines deadlines = new PublicationDeadlines(WorkdayCalendar.official());

    @Test
    void licensingAndPenaltiesGetSevenWorkingDaysTheRestTwenty() {
        assertThat(PublicationDeadlines.publicationWorkdays(DecisionType.LICENSING)).isEqualTo(7);
        assertThat(PublicationDeadlines.publicationWorkdays(DecisionType.PENALTY)).isEqualTo(7);
        for (DecisionType type : new DecisionType[] {DecisionType.COERCION, DecisionType.INSPECTION,
                DecisionType.LEVY, DecisionType.FEE, DecisionType.OTHER}) {
            assertThat(PublicationDeadlines.publicationWorkdays(type)).as(type.name()).isEqualTo(20);
        }
    }

    @Test
    void aPenaltyDecidedBeforeNationalDay2024() {
        // Fri 09-27 → 09-29 Sun 调休 (1), 09-30 (2), 10-01…10-07 off, 10-08…10-11 (3–6), 10-12 Sat 调休 (7).
        assertThat(deadlines.publicationDue(DecisionType.PENALTY, date("2024-09-27")))
                .isEqualTo(new DueDate(date("2024-10-12"), false));
    }

    @Test
    void aLicenceGrantedBeforeSpringFestival2026() {
        // Thu 02-12 → 02-13 (1), 02-14 Sat 调休 (2), 02-15…02-23 off, 02-24…02-27 (3–6), 02-28 Sat 调休 (7).
        assertThat(deadlines.publicationDue(DecisionType.LICENSING, date("2026-02-12")))
                .isEqualTo(new DueDate(date("2026-02-28"), false));
    }

    @Test
    void anInspectionAcrossSpringFestival2025() {
        // Fri 01-24 → 01-26 Sun 调休 (1), 01-27 (2), 01-28…02-04 off, 02-05…02-07 (3–5), 02-08 Sat 调休 (6),
        // 02-10…02-14 (7–11), 02-17…02-21 (12–16), 02-24…02-27 (17–20).
        assertThat(deadlines.publicationDue(DecisionType.INSPECTION, date("2025-01-24")))
                .isEqualTo(new DueDate(date("2025-02-27"), false));
    }

    @Test
    void aCoercionAcrossMidAutumnAndNationalDay2026() {
        // Fri 09-18 → 09-20 Sun 调休 (1), 09-21…09-24 (2–5), 09-25…09-27 off, 09-28…09-30 (6–8), 10-01…10-07 off,
        // 10-08, 10-09 (9, 10), 10-10 Sat 调休 (11), 10-12…10-16 (12–16), 10-19…10-22 (17–20).
        assertThat(deadlines.publicationDue(DecisionType.COERCION, date("2026-09-18")))
                .isEqualTo(new DueDate(date("2026-10-22"), false));
    }

    @Test
    void withdrawalWithinThreeWorkingDays() {
        // Fri 2025-09-26 → Sat off, 09-28 Sun 调休 (1), 09-29 (2), 09-30 (3).
        assertThat(deadlines.withdrawalDue(date("2025-09-26"))).isEqualTo(new DueDate(date("2025-09-30"), false));
        // Learned on 2025-10-01 (国庆) → 10-02…10-08 off, 10-09 (1), 10-10 (2), 10-11 Sat 调休 (3).
        assertThat(deadlines.withdrawalDue(date("2025-10-01"))).isEqualTo(new DueDate(date("2025-10-11"), false));
    }

    @Test
    void aDeadlineRunningIntoAnUnannouncedYearIsProvisional() {
        assertThat(deadlines.publicationDue(DecisionType.PENALTY, date("2026-12-25")).provisional()).isTrue();
    }

    @Test
    void publishedOnTheDueDateIsOnTime() {
        Timeliness timeliness = deadlines.assessPublication(DecisionType.PENALTY, date("2024-09-27"), date("2024-10-12"));

        assertThat(timeliness).isEqualTo(new Timeliness(Status.ON_TIME, 7, new DueDate(date("2024-10-12"), false)));
    }

    @Test
    void publishedTheSameDayUsesNoWorkingDay() {
        assertThat(deadlines.assessPublication(DecisionType.PENALTY, date("2024-09-27"), date("2024-09-27")))
                .extracting(Timeliness::status, Timeliness::workdaysUsed)
                .containsExactly(Status.ON_TIME, 0);
    }

    @Test
    void publishedOnTheSundayAfterTheDueDateIsLate() {
        // Sun 2024-10-13 adds no working day to the 7 used by Sat 10-12, but the period ended with 10-12.
        assertThat(deadlines.assessPublication(DecisionType.PENALTY, date("2024-09-27"), date("2024-10-13")))
                .extracting(Timeliness::status, Timeliness::workdaysUsed)
                .containsExactly(Status.LATE, 7);
        assertThat(deadlines.assessPublication(DecisionType.PENALTY, date("2024-09-27"), date("2024-10-14")))
                .extracting(Timeliness::status, Timeliness::workdaysUsed)
                .containsExactly(Status.LATE, 8);
    }

    @Test
    void aLateWithdrawal() {
        // Due Tue 2025-09-30; Thu 10-09 is the first working day after 国庆, the 4th after Fri 09-26.
        assertThat(deadlines.assessWithdrawal(date("2025-09-26"), date("2025-10-09")))
                .isEqualTo(new Timeliness(Status.LATE, 4, new DueDate(date("2025-09-30"), false)));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void standingCountsWorkingDaysLeftOverdueAndLate() {
        LocalDate due = LocalDate.of(2026, 3, 11);
        assertThat(deadlines.standing(due, null, LocalDate.of(2026, 3, 2), 3))
                .isEqualTo(new PublicationDeadlines.Standing(PublicationDeadlines.Standing.Status.OPEN, 7));
        assertThat(deadlines.standing(due, null, LocalDate.of(2026, 3, 9), 3))
                .isEqualTo(new PublicationDeadlines.Standing(PublicationDeadlines.Standing.Status.DUE_SOON, 2));
        assertThat(deadlines.standing(due, null, due, 3).status())
                .isEqualTo(PublicationDeadlines.Standing.Status.DUE_SOON);
        assertThat(deadlines.standing(due, null, LocalDate.of(2026, 3, 13), 3))
                .isEqualTo(new PublicationDeadlines.Standing(PublicationDeadlines.Standing.Status.OVERDUE, 2));
        assertThat(deadlines.standing(due, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 1), 3))
                .isEqualTo(new PublicationDeadlines.Standing(PublicationDeadlines.Standing.Status.LATE, 3));
        assertThat(deadlines.standing(due, due, LocalDate.of(2026, 4, 1), 3).status())
                .isEqualTo(PublicationDeadlines.Standing.Status.ON_TIME);
    }
}
