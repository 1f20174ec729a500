package cn.zfgs.content.model;

/** 执法证状态 — whether an officer's certificate may be used today. */
public enum OfficerStatus {
    VALID("有效"),
    SUSPENDED("暂停执法"),
    /** Revoked on retirement, transfer or disciplinary grounds (注销). */
    REVOKED("已注销");

    private final String label;

    OfficerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
