package cn.zfgs.search.query;

/** 排序 — by relevance (ties by item), or by date (decision date; publication date for other kinds). */
public enum SearchSort {
    RELEVANCE("relevance", "按相关度"),
    NEWEST("newest", "按日期从新到旧"),
    OLDEST("oldest", "按日期从旧到新");

    private final String parameter;
    private final String label;

    SearchSort(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public static SearchSort ofParameter(String value) {
        for (SearchSort s : values()) {
            if (s.parameter.equals(value)) {
                return s;
            }
        }
        throw new QueryRejected("sort", "排序方式“" + value + "”无效：应为 relevance、newest 或 oldest。");
    }
}
