package cn.zfgs.content.editorial;

/** 修订状态 — where a revision stands in the publishing workflow. */
public enum RevisionStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    LEGAL_REVIEW("待法制审核"),
    REVIEWED("待批准"),
    /** Approved for immediate publication; the same transaction publishes it. */
    APPROVED("已批准"),
    SCHEDULED("定时发布"),
    PUBLISHED("已发布"),
    /** A later published revision (a correction) replaced this one; it stays in the public history. */
    SUPERSEDED("已被更正"),
    WITHDRAWN("已撤回");

    private final String label;

    RevisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Staff can still change the text. */
    public boolean editable() {
        return this == DRAFT;
    }
}
