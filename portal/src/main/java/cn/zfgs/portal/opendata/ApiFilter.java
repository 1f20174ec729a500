package cn.zfgs.portal.opendata;

/**
 * 筛选条件 — one query parameter of the JSON API: the parameter, the SQL condition it adds (with one {@code ?}),
 * the type its value must have, and what it means.
 */
public record ApiFilter(String parameter, String condition, ColumnType type, String meaning) {
}
