package cn.zfgs.content.calendar;

import java.time.LocalDate;

/**
 * 期限届满日 — the last day of a period counted in working days.
 *
 * @param provisional true when the period runs through a year whose holiday arrangement has not been entered yet, so
 *                    the date was computed with the plain Monday–Friday rule and may move once the notice is out
 */
public record DueDate(LocalDate date, boolean provisional) {
}
