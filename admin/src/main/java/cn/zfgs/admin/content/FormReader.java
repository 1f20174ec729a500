package cn.zfgs.admin.content;

import cn.zfgs.content.workflow.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads typed text into the values a content record needs. What cannot be read (a word where a number belongs, an
 * option not offered) becomes a {@link FieldError} naming the field; the domain's validator judges the rest.
 */
final class FormReader {

    /** One non-blank row of a repeated group. */
    record Row(String group, int index, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(FormState.cellName(group, index, column), "");
        }

        String name(String column) {
            return FormState.cellName(group, index, column);
        }
    }

    private final Map<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    FormReader(Map<String, String> values) {
        this.values = values;
    }

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    String text(String name) {
        return values.getOrDefault(name, "");
    }

    boolean flag(String name) {
        return !text(name).isEmpty();
    }

    /** Lines without blanks: legal bases, one citation a line. */
    List<String> lines(String name) {
        return text(name).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An optional whole number within bounds; empty gives null. */
    Integer integer(String name, String label, int min, int max) {
        String value = text(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the bounds
        }
        error(name, label + "：应为 " + min + " 至 " + max + " 之间的整数");
        return null;
    }

    <E extends Enum<E>> E choice(Class<E> type, String name, String label) {
        String value = text(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        error(name, label + "：请从列表中选择");
        return null;
    }

    /** A required date; the validator checks its range. */
    LocalDate date(String name, String label) {
        String value = text(name);
        if (value.isEmpty()) {
            error(name, label + "：必须填写");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            error(name, label + "：格式应为 年-月-日，例如 2026-03-02");
            return null;
        }
    }

    /** The rows of a group that have anything typed in them, in order. */
    List<Row> rows(String group) {
        List<Row> rows = new ArrayList<>();
        int count = FormState.rowCount(values, group);
        for (int i = 0; i < count; i++) {
            String prefix = group + "." + i + ".";
            boolean typed = values.entrySet().stream()
                    .anyMatch(e -> e.getKey().startsWith(prefix) && !e.getValue().isBlank());
            if (typed) {
                rows.add(new Row(group, i, values));
            }
        }
        return rows;
    }

    /** A cell every row must fill in: “第 2 项：名称必须填写” beside that cell. */
    String required(Row row, String column, String label, int max) {
        String value = row.get(column);
        String where = "第 " + (row.index() + 1) + " 项：" + label;
        if (value.isEmpty()) {
            error(row.name(column), where + "必须填写");
        } else if (value.length() > max) {
            error(row.name(column), where + "不能超过 " + max + " 个字符（现有 " + value.length() + " 个）");
        }
        return value;
    }

    /** A cell that may stay empty but not be too long. */
    String optional(Row row, String column, String label, int max) {
        String value = row.get(column);
        if (value.length() > max) {
            error(row.name(column), "第 " + (row.index() + 1) + " 项：" + label + "不能超过 " + max + " 个字符");
        }
        return value;
    }
}
