package cn.zfgs.admin.calendar;

import cn.zfgs.content.calendar.HolidayArrangement.AdjustedDay;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar editor's text: one line per day or run of days as the State Council's notice lists them, e.g.
 * {@code 2027-02-10至2027-02-16 春节 休} or {@code 2027-02-07 春节 班}. Every line's problem is reported with its number.
 */
final class DayLines {

    /** The days read, or the problems found. */
    record Parsed(List<AdjustedDay> days, List<String> problems) {
    }

    private static final int MAX_RUN = 31;

    private DayLines() {
    }

    static Parsed parse(String text) {
        List<AdjustedDay> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "第 " + (i + 1) + " 行";
            String[] parts = line.split("\\s+");
            if (parts.length != 3 || !parts[2].equals("休") && !parts[2].equals("班")) {
                problems.add(where + "：应写成“日期 节日名称 休”或“日期 节日名称 班”，例如 2027-01-01 元旦 休");
                continue;
            }
            String[] range = parts[0].split("[至~]", -1);
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(range[0]);
                to = range.length == 2 ? LocalDate.parse(range[1]) : from;
            } catch (DateTimeParseException malformed) {
                problems.add(where + "：“" + parts[0] + "”不是有效日期，应写成 YYYY-MM-DD，连续几天写成 YYYY-MM-DD至YYYY-MM-DD");
                continue;
            }
            if (range.length > 2 || to.isBefore(from) || from.plusDays(MAX_RUN).isBefore(to)) {
                problems.add(where + "：日期范围应从早到晚，且不超过 " + MAX_RUN + " 天");
                continue;
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(new AdjustedDay(d, parts[1], parts[2].equals("休")));
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add("调整日：至少登记一天（放假日或调休上班日）");
        }
        return new Parsed(days, problems);
    }
}
