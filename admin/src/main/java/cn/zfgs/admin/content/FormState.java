package cn.zfgs.admin.content;

import cn.zfgs.content.law.LawSearch;
import cn.zfgs.content.workflow.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A form as typed, every value kept as text under its field name (rows as {@code group.index.column}), so that a
 * refused form comes back exactly as entered with each error beside its field.
 */
public record FormState(Map<String, String> values, Map<String, String> errors, int spareRows, String lawQuery,
        List<LawSearch.Hit> lawHits) {

    /** A row index is at most two digits: a form with a hundred rows of one group is not one of ours. */
    static final int MAX_ROWS = 100;

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        lawHits = List.copyOf(lawHits);
    }

    static FormState of(Map<String, String> values, int spareRows) {
        return new FormState(values, Map.of(), spareRows, "", List.of());
    }

    FormState withErrors(List<FieldError> found) {
        return new FormState(values, found.stream().collect(Collectors.toMap(FieldError::field, FieldError::message,
                (a, b) -> a + "；" + b)), spareRows, lawQuery, lawHits);
    }

    FormState withLaws(String query, List<LawSearch.Hit> hits) {
        return new FormState(values, errors, spareRows, query, hits);
    }

    FormState withValue(String name, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(name, value);
        return new FormState(changed, errors, spareRows, lawQuery, lawHits);
    }

    FormState withSpareRows(int rows) {
        return new FormState(values, errors, rows, lawQuery, lawHits);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return !value(name).isEmpty();
    }

    public boolean selected(String name, String option) {
        return option.equals(value(name));
    }

    public String error(String name) {
        return errors.get(name);
    }

    public String cell(String group, Integer row, String column) {
        return value(cellName(group, row, column));
    }

    public String cellError(String group, Integer row, String column) {
        return errors.get(cellName(group, row, column));
    }

    public static String cellName(String group, Integer row, String column) {
        return group + "." + row + "." + column;
    }

    /** The row indexes to draw: the rows typed (blank ones too, to keep indexes stable) and the spare ones. */
    public List<Integer> rows(String group) {
        int typed = rowCount(values, group);
        return IntStream.range(0, Math.min(MAX_ROWS, typed + spareRows)).boxed().toList();
    }

    /** The number of the row as staff count: 1 for index 0. */
    public int ordinal(Integer row) {
        return row + 1;
    }

    /** Errors whose field the form does not show, so that none is silently dropped. */
    public List<String> unplacedErrors(List<Element> layout) {
        List<String> names = new ArrayList<>();
        collect(layout, names);
        return errors.entrySet().stream()
                .filter(e -> !names.contains(e.getKey()) && !e.getKey().matches("[a-zA-Z]+\\.\\d{1,2}\\.[a-zA-Z]+"))
                .map(Map.Entry::getValue).sorted().toList();
    }

    private static void collect(List<Element> elements, List<String> names) {
        for (Element e : elements) {
            names.add(e.name());
            collect(e.children(), names);
        }
        names.add("changeNote");
    }

    static int rowCount(Map<String, String> values, String group) {
        int count = 0;
        String prefix = group + ".";
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot > 0 && dot <= 2 && rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
                    count = Math.max(count, Integer.parseInt(rest.substring(0, dot)) + 1);
                }
            }
        }
        return Math.min(count, MAX_ROWS);
    }
}
