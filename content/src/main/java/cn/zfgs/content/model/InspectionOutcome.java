package cn.zfgs.content.model;

/** 抽查结果 — the outcome of one random inspection of one market entity. */
public enum InspectionOutcome {
    COMPLIANT("未发现问题"),
    RECTIFIED("发现问题已责令整改"),
    VIOLATION("发现问题已立案查处"),
    NOT_FOUND("通过登记的住所（经营场所）无法联系");

    private final String label;

    InspectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
