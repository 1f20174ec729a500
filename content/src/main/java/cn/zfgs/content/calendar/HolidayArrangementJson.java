package cn.zfgs.content.calendar;

import cn.zfgs.content.calendar.HolidayArrangement.AdjustedDay;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 节假日安排文件 — reads and writes a {@link HolidayArrangement} in the holiday-cn JSON format
 * ({@code {"year":2026,"papers":[…],"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true}, …]}}).
 * Every problem with the input is reported as an {@link InvalidArrangementException} with a Chinese message.
 */
public final class HolidayArrangementJson {

    // holiday-cn files also carry "$schema" and "$id", which say nothing about the days.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private HolidayArrangementJson() {
    }

    public static HolidayArrangement parse(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
    }

    public static HolidayArrangement parse(InputStream json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(HolidayArrangement arrangement) {
        List<DayJson> days = arrangement.days().stream()
                .map(day -> new DayJson(day.name(), day.date().toString(), day.offDay()))
                .toList();
        try {
            return MAPPER.writeValueAsString(new FileJson(arrangement.year(), arrangement.papers(), days));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // Syntax first, then types: so that a truncated file is not reported as a value of the wrong type.
    private static HolidayArrangement fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new InvalidArrangementException("节假日安排文件应是一个 JSON 对象");
        }
        FileJson file;
        try {
            file = MAPPER.treeToValue(tree, FileJson.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArrangementException("节假日安排文件中 " + path(e) + " 的值类型不正确", e);
        }
        require(file.year(), "year");
        require(file.papers(), "papers");
        require(file.days(), "days");
        List<AdjustedDay> days = new ArrayList<>();
        for (int i = 0; i < file.days().size(); i++) {
            DayJson day = file.days().get(i);
            require(day, "days 第 " + (i + 1) + " 项");
            require(day.date(), "days 第 " + (i + 1) + " 项的 date");
            LocalDate date = date(day.date());
            require(day.isOffDay(), date + " 的 isOffDay");
            days.add(new AdjustedDay(date, day.name(), day.isOffDay()));
        }
        return new HolidayArrangement(file.year(), file.papers(), days);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidArrangementException("“" + text + "”不是有效日期，应写成 YYYY-MM-DD，例如 2026-01-01", e);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidArrangementException("节假日安排文件缺少 " + field);
        }
    }

    private static InvalidArrangementException syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "（第 %d 行第 %d 列）".formatted(at.getLineNr(), at.getColumnNr());
        return new InvalidArrangementException("节假日安排文件不是有效的 JSON" + where, e);
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "某个字段";
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "第 " + (ref.getIndex() + 1) + " 项")
                .collect(Collectors.joining(" "));
    }

    private record FileJson(Integer year, List<String> papers, List<DayJson> days) {
    }

    private record DayJson(String name, String date, @JsonProperty("isOffDay") Boolean isOffDay) {
    }
}
