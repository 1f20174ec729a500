package cn.zfgs.content.report;

import cn.zfgs.content.calendar.WorkdayCalendar;

import java.time.LocalDate;

/**
 * 年报公开期限 — every agency publishes its previous year's annual report by 31 January. Where an unpublished report
 * of the previous year stands on a given day: not yet near (January, more than {@link #WARN_WORKDAYS} working days
 * left), due soon, or overdue (from 1 February until it is published).
 *
 * @param year     the year reported on
 * @param due      31 January of the following year
 * @param status   where it stands
 * @param workdays working days left until the due date (due soon, open), or past it (overdue)
 */
public record ReportDeadline(int year, LocalDate due, Status status, int workdays) {

    /** Working days before 31 January from which an unpublished report is shown as due soon. */
    public static final int WARN_WORKDAYS = 5;

    /** Where an unpublished report stands. */
    public enum Status {
        OPEN("待发布"), DUE_SOON("即将到期"), OVERDUE("已逾期");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The previous year's report on {@code today}, as long as it is unpublished. */
    public static ReportDeadline onDay(LocalDate today, WorkdayCalendar calendar) {
        int year = today.getYear() - 1;
        LocalDate due = LocalDate.of(today.getYear(), 1, 31);
        if (today.isAfter(due)) {
            return new ReportDeadline(year, due, Status.OVERDUE, calendar.workdaysBetween(due, today));
        }
        int left = calendar.workdaysBetween(today, due);
        return new ReportDeadline(year, due, left <= WARN_WORKDAYS ? Status.DUE_SOON : Status.OPEN, left);
    }

    /** The working days as the board says them. */
    public String days() {
        return switch (status) {
            case OVERDUE -> "逾期 " + workdays + " 个工作日";
            default -> workdays == 0 ? "今天到期" : "还剩 " + workdays + " 个工作日";
        };
    }
}
