package cn.zfgs.portal.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One record of a dataset, its values in column order. Rows are made, written and forgotten one at a time. */
public final class DatasetRow {

    private final OpenDataset dataset;
    private final Object[] values;

    DatasetRow(OpenDataset dataset) {
        this.dataset = dataset;
        this.values = new Object[dataset.columns().size()];
    }

    public OpenDataset dataset() {
        return dataset;
    }

    public List<Column> columns() {
        return dataset.columns();
    }

    public Object value(int index) {
        return values[index];
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    public void set(String column, Object value) {
        values[dataset.index(column)] = value;
    }

    public Object get(String column) {
        return values[dataset.index(column)];
    }

    public String text(String column) {
        return (String) get(column);
    }

    public Long number(String column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).longValue();
    }

    public BigDecimal amount(String column) {
        return (BigDecimal) get(column);
    }

    public LocalDate date(String column) {
        return (LocalDate) get(column);
    }

    public Instant instant(String column) {
        return (Instant) get(column);
    }

    public Boolean flag(String column) {
        return (Boolean) get(column);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String column) {
        Object v = get(column);
        return v == null ? List.of() : (List<String>) v;
    }
}
