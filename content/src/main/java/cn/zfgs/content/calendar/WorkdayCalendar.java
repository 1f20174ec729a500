package cn.zfgs.content.calendar;

import cn.zfgs.content.calendar.HolidayArrangement.AdjustedDay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * 工作日历 — which days are working days: Monday to Friday, minus the official holidays, plus the adjusted working days
 * (调休上班) of the State Council's yearly notices. Years without an arrangement fall back to plain Monday–Friday.
 *
 * <p>Periods follow 民法典 art. 201: a period counted in days starts the day after the event, so the start day never
 * counts. Immutable.
 */
public final class WorkdayCalendar {

    private static final int FIRST_SHIPPED_YEAR = 2007;
    private static final int LAST_SHIPPED_YEAR = 2026;

    private final Map<Integer, HolidayArrangement> arrangements;
    private final Map<LocalDate, Boolean> workdayByDate;

    /**
     * @throws InvalidArrangementException when two arrangements are for the same year, or disagree about a day (a
     *                                     notice may also move days of the previous December)
     */
    public WorkdayCalendar(Collection<HolidayArrangement> arrangements) {
        Map<Integer, HolidayArrangement> byYear = new TreeMap<>();
        for (HolidayArrangement arrangement : arrangements) {
            if (byYear.put(arrangement.year(), arrangement) != null) {
                throw new InvalidArrangementException(arrangement.year() + " 年的节假日安排重复");
            }
        }
        // In year order, so that a clash is always between a December day's own year and the next year's notice.
        Map<LocalDate, Boolean> workdays = new HashMap<>();
        for (HolidayArrangement arrangement : byYear.values()) {
            for (AdjustedDay day : arrangement.days()) {
                Boolean earlier = workdays.putIfAbsent(day.date(), !day.offDay());
                if (earlier != null && earlier == day.offDay()) {
                    throw new InvalidArrangementException("%s：%d 年和 %d 年的节假日安排对这一天的规定不一致"
                            .formatted(day.date(), day.date().getYear(), arrangement.year()));
                }
            }
        }
        this.arrangements = Map.copyOf(byYear);
        this.workdayByDate = Map.copyOf(workdays);
    }

    /** The arrangements shipped with the product (2007–2026), from {@code calendar/holidays/} on the classpath. */
    public static WorkdayCalendar official() {
        return Official.CALENDAR;
    }

    /** A calendar with {@code arrangement} added, replacing any earlier arrangement for the same year. */
    public WorkdayCalendar with(HolidayArrangement arrangement) {
        Map<Integer, HolidayArrangement> byYear = new HashMap<>(arrangements);
        byYear.put(arrangement.year(), arrangement);
        return new WorkdayCalendar(byYear.values());
    }

    /** Whether the official arrangement for {@code year} is known, so that its dates are final. */
    public boolean covers(int year) {
        return arrangements.containsKey(year);
    }

    public boolean isWorkday(LocalDate date) {
        return workdayByDate.getOrDefault(date, !HolidayArrangement.isWeekend(date));
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself never counts, and for {@code n = 0} the
     * result is {@code start}.
     */
    public LocalDate addWorkdays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("工作日数不能为负数：" + n);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkday(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workdaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                count++;
            }
        }
        return count;
    }

    /** Like {@link #addWorkdays}, and says whether a year the period runs through lacks its arrangement. */
    public DueDate dueDate(LocalDate start, int workdays) {
        LocalDate due = addWorkdays(start, workdays);
        boolean provisional = due.isAfter(start)
                && IntStream.rangeClosed(start.plusDays(1).getYear(), due.getYear()).anyMatch(year -> !covers(year));
        return new DueDate(due, provisional);
    }

    private static HolidayArrangement shipped(int year) {
        String path = "/calendar/holidays/" + year + ".json";
        try (InputStream json = WorkdayCalendar.class.getResourceAsStream(path)) {
            if (json == null) {
                throw new IllegalStateException("缺少内置的节假日安排 " + path);
            }
            return HolidayArrangementJson.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Loaded on first use, once: the files never change while the application runs.
    private static final class Official {
        static final WorkdayCalendar CALENDAR = new WorkdayCalendar(
                IntStream.rangeClosed(FIRST_SHIPPED_YEAR, LAST_SHIPPED_YEAR).mapToObj(WorkdayCalendar::shipped).toList());
    }
}
