package cn.zfgs.content.model;

/**
 * 执法决定类别 — the kind of an enforcement decision, which also fixes its publication deadline.
 */
public enum DecisionType {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    INSPECTION("行政检查"),
    LEVY("行政征收"),
    FEE("行政收费"),
    OTHER("其他");

    private final String label;

    DecisionType(String label) {
        this.label = label;
    }

    /** The Chinese name used on every public page and dataset. */
    public String label() {
        return label;
    }
}
