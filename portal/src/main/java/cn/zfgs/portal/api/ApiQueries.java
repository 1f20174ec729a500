package cn.zfgs.portal.api;

import cn.zfgs.portal.errors.PublicInputException;
import cn.zfgs.portal.opendata.ApiFilter;
import cn.zfgs.portal.opendata.DatasetReader;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 接口查询 — the JSON API's reads: a page of one kind's current entities, filtered by the dataset's filters and
 * paged by id (a cursor, so that page 10,000 costs what page 1 costs). Bad parameters get a 400 naming the
 * parameter and the rule.
 */
@ApplicationScoped
public class ApiQueries {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final int MAX_TEXT = 100;

    @Inject
    DatasetReader reader;

    /** 一页结果 — the rows, and the cursor of the next page (null on the last). */
    public record Page(List<DatasetRow> rows, Long nextAfter) {
    }

    public Page page(EntityDataset dataset, Map<String, String> filters, String after, String limit) {
        long cursor = number(after, "after", 0, Long.MAX_VALUE, 0);
        int size = (int) number(limit, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (ApiFilter filter : dataset.filters()) {
            String raw = filters.get(filter.parameter());
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            conditions.add(filter.condition());
            parameters.add(value(filter, raw));
        }
        parameters.add(cursor);
        parameters.add(size + 1);
        List<DatasetRow> rows = reader.rows(dataset, dataset.selectPage(conditions), parameters);
        if (rows.size() > size) {
            List<DatasetRow> shown = rows.subList(0, size);
            return new Page(shown, shown.get(size - 1).number("id"));
        }
        return new Page(rows, null);
    }

    private static Object value(ApiFilter filter, String raw) {
        return switch (filter.type()) {
            case INTEGER -> number(raw, filter.parameter(), 1, Long.MAX_VALUE, 0);
            case DATE -> {
                try {
                    yield LocalDate.parse(raw);
                } catch (DateTimeParseException e) {
                    throw new PublicInputException(400, "参数 " + filter.parameter() + " 格式不正确：应为日期 YYYY-MM-DD，如 2026-03-02");
                }
            }
            case BOOLEAN -> {
                if (!raw.equals("true") && !raw.equals("false")) {
                    throw new PublicInputException(400, "参数 " + filter.parameter() + " 格式不正确：应为 true 或 false");
                }
                yield Boolean.valueOf(raw);
            }
            default -> {
                if (raw.length() > MAX_TEXT) {
                    throw new PublicInputException(400, "参数 " + filter.parameter() + " 过长：不能超过 " + MAX_TEXT + " 个字符");
                }
                yield raw;
            }
        };
    }

    static long number(String raw, String name, long min, long max, long fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        if (raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw new PublicInputException(400, "参数 " + name + " 格式不正确：应为 " + min + " 至 " + max + " 之间的整数");
        }
        long value = Long.parseLong(raw);
        if (value < min || value > max) {
            throw new PublicInputException(400, "参数 " + name + " 超出范围：应为 " + min + " 至 " + max + " 之间的整数");
        }
        return value;
    }
}
