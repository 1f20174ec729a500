package cn.zfgs.portal.opendata;

/**
 * 字段 — one column of a dataset: its name in every format, its type and what it means in Chinese (the data
 * dictionary). {@code sql} is the expression it is read from; null for a column the portal derives (URIs, labels).
 */
public record Column(String name, ColumnType type, String meaning, String sql) {

    /** A column read from the table column of the same name. */
    public static Column of(String name, ColumnType type, String meaning) {
        return new Column(name, type, meaning, name);
    }

    /** A column read from another SQL expression. */
    public static Column from(String sql, String name, ColumnType type, String meaning) {
        return new Column(name, type, meaning, sql);
    }

    /** A column the portal computes from the others. */
    public static Column derived(String name, ColumnType type, String meaning) {
        return new Column(name, type, meaning, null);
    }

    public boolean isDerived() {
        return sql == null;
    }
}
