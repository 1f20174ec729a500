package cn.zfgs.content.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 字段解析 — reading typed values (amounts, dates) from text as staff type them into a form or a spreadsheet, with the
 * same Chinese messages wherever they come from. A value that cannot be read adds a {@link FieldError} and gives null.
 */
public final class FieldParsing {

    /** 2026-03-02, 2026/3/2, 2026.3.2 or 2026年3月2日. */
    private static final Pattern LOOSE_DATE = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");

    private FieldParsing() {
    }

    /** A non-negative amount in yuan (thousands separators allowed); empty text is no amount. */
    public static BigDecimal amount(String value, String field, String label, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", "").replace("，", ""));
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                errors.add(new FieldError(field, label + "：应为不超过 12 位整数、最多 2 位小数的非负金额（元）"));
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, label + "：应为数字金额（元），例如 5000 或 5000.50"));
            return null;
        }
    }

    /** A required date, written 2026-03-02 (or 2026/3/2, 2026年3月2日). */
    public static LocalDate date(String value, String field, String label, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError(field, label + "：必须填写"));
            return null;
        }
        Matcher m = LOOSE_DATE.matcher(value);
        try {
            return m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))) : LocalDate.parse(value);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, label + "：格式应为 年-月-日，例如 2026-03-02"));
            return null;
        }
    }
}
