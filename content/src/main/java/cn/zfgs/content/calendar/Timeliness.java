package cn.zfgs.content.calendar;

/**
 * 公开时效 — whether a publication or withdrawal met its deadline.
 *
 * @param workdaysUsed working days after the decision (or the day the agency learned of the change) up to and
 *                     including the day it was done; the figure behind "median working days to publish"
 * @param due          the deadline it was measured against, provisional or not
 */
public record Timeliness(Status status, int workdaysUsed, DueDate due) {

    public enum Status {
        /** 按时 — done on or before the due date. */
        ON_TIME,
        /** 逾期 — done after the due date. */
        LATE
    }
}
