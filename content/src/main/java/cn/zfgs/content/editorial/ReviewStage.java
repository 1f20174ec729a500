package cn.zfgs.content.editorial;

/** 审核环节 — which opinion a {@link ReviewOpinion} is. */
public enum ReviewStage {
    REVIEW("审核"),
    LEGAL_REVIEW("法制审核"),
    APPROVAL("批准"),
    /** An approver took back a scheduled publication before its time; the reasons say why. */
    SCHEDULE_CANCEL("取消定时发布");

    private final String label;

    ReviewStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
