package cn.zfgs.search.query;

import java.math.BigDecimal;

/** 罚没金额区间 — the fine ranges the amount facet offers; the upper bound is exclusive. */
public enum AmountRange {
    UNDER_10K("1万元以下", null, 10_000),
    FROM_10K("1万至10万元", 10_000, 100_000),
    FROM_100K("10万至100万元", 100_000, 1_000_000),
    FROM_1M("100万元以上", 1_000_000, null);

    private final String label;
    private final BigDecimal from;
    private final BigDecimal to;

    AmountRange(String label, Integer from, Integer to) {
        this.label = label;
        this.from = from == null ? null : BigDecimal.valueOf(from);
        this.to = to == null ? null : BigDecimal.valueOf(to);
    }

    public String label() {
        return label;
    }

    public BigDecimal from() {
        return from;
    }

    public BigDecimal to() {
        return to;
    }

    /** The request parameter's value, e.g. {@code from-10k}. */
    public String parameter() {
        return name().toLowerCase().replace('_', '-');
    }

    public static AmountRange ofParameter(String value) {
        for (AmountRange r : values()) {
            if (r.parameter().equals(value)) {
                return r;
            }
        }
        throw new QueryRejected("amount", "金额区间“" + value + "”无效：应为 under-10k、from-10k、from-100k 或 from-1m。");
    }
}
