package cn.zfgs.portal.site;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.portal.errors.PublicInputException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads list filters from query parameters: a malformed value is a 400 naming the parameter and the rule. */
public final class Filters {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_PAGE = 100_000;

    private Filters() {
    }

    /** A filter option for the templates: value and label. */
    public record Option(String value, String label) {
    }

    /** Null when not given. */
    public static DecisionType type(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return Arrays.stream(DecisionType.values()).filter(t -> t.name().equals(raw)).findFirst()
                .orElseThrow(() -> new PublicInputException(400, "类别（type）参数无效：应为 "
                        + Arrays.stream(DecisionType.values()).map(t -> t.name() + "（" + t.label() + "）")
                                .collect(Collectors.joining("、")) + " 之一。"));
    }

    public static List<Option> typeOptions() {
        return Arrays.stream(DecisionType.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    /** Null when not given. */
    public static Integer year(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() != 4 || !raw.chars().allMatch(Character::isDigit)) {
            throw new PublicInputException(400, "年份（year）参数无效：应为四位数字的年份，例如 2025。");
        }
        int year = Integer.parseInt(raw);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new PublicInputException(400, "年份（year）参数无效：应在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 年之间。");
        }
        return year;
    }

    /** 1 when not given. */
    public static int page(String raw) {
        if (raw == null || raw.isEmpty()) {
            return 1;
        }
        if (raw.length() > 6 || !raw.chars().allMatch(Character::isDigit) || Integer.parseInt(raw) < 1
                || Integer.parseInt(raw) > MAX_PAGE) {
            throw new PublicInputException(400, "页码（page）参数无效：应为 1 至 " + MAX_PAGE + " 之间的整数。");
        }
        return Integer.parseInt(raw);
    }

    /** Free-text filter: trimmed, at most {@code max} characters, or a 400 naming the field. */
    public static String text(String raw, String field, int max) {
        if (raw == null) {
            return null;
        }
        String t = raw.strip();
        if (t.codePointCount(0, t.length()) > max) {
            throw new PublicInputException(400, field + "过长：最多 " + max + " 个字。");
        }
        return t.isEmpty() ? null : t;
    }
}
