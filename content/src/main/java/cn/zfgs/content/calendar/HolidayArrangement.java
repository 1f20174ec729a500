package cn.zfgs.content.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 节假日安排 — one year's official holiday arrangement, as published in the State Council's notice: the days that
 * differ from the plain Monday–Friday week.
 *
 * @param year   the year the notice is for
 * @param papers addresses of the notices (国务院办公厅通知) the arrangement comes from
 * @param days   the changed days, kept sorted by date
 */
public record HolidayArrangement(int year, List<String> papers, List<AdjustedDay> days) {

    /**
     * 调整日 — a day the notice changes: a holiday ({@code offDay}) or an adjusted working day (调休上班).
     *
     * @param name the holiday the change belongs to, e.g. 春节
     */
    public record AdjustedDay(LocalDate date, String name, boolean offDay) {

        public AdjustedDay {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * @throws InvalidArrangementException when a rule is broken: a date outside the year (the 元旦 holiday may start in
     *                                     the previous December, as in the 2008 and 2019 notices), a date entered twice,
     *                                     a missing name or notice, or an adjusted working day that is not a Saturday or
     *                                     Sunday
     */
    public HolidayArrangement {
        if (papers.isEmpty() || papers.stream().anyMatch(paper -> paper == null || paper.isBlank())) {
            throw new InvalidArrangementException(year + " 年的节假日安排：请填写国务院通知的网址");
        }
        papers = List.copyOf(papers);
        days = days.stream().sorted(Comparator.comparing(AdjustedDay::date)).toList();
        Set<LocalDate> seen = new HashSet<>();
        for (AdjustedDay day : days) {
            if (!inScope(year, day.date())) {
                throw invalid(day, "日期必须在 %d 年内（元旦假期可从 %d 年 12 月开始）".formatted(year, year - 1));
            }
            if (!seen.add(day.date())) {
                throw invalid(day, "同一日期只能登记一次");
            }
            if (day.name() == null || day.name().isBlank()) {
                throw invalid(day, "请填写节日名称");
            }
        }
        Set<LocalDate> offDays = days.stream().filter(AdjustedDay::offDay).map(AdjustedDay::date)
                .collect(Collectors.toSet());
        for (AdjustedDay day : days) {
            if (!day.offDay() && !isWeekend(day.date()) && !isReturnToWork(day.date(), offDays)) {
                throw invalid(day, "调休上班日必须是周六或周日");
            }
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean inScope(int year, LocalDate date) {
        return date.getYear() == year || date.getYear() == year - 1 && date.getMonthValue() == 12;
    }

    /**
     * A weekday listed as a working day changes nothing, and is usually a holiday entered with the wrong flag; but a
     * notice may name the day work resumes, as the 2020 notice extending 春节 did with Monday 2020-02-03. Accept it
     * only right after the last day off of a holiday.
     */
    private static boolean isReturnToWork(LocalDate date, Set<LocalDate> offDays) {
        return offDays.contains(date.minusDays(1)) && !offDays.contains(date.plusDays(1));
    }

    private static InvalidArrangementException invalid(AdjustedDay day, String rule) {
        return new InvalidArrangementException(day.date() + "：" + rule);
    }
}
