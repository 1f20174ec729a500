package cn.zfgs.content.editorial;

/** 审核环节 — which opinion a {@link ReviewOpinion} is. */
public enum ReviewStage {
    REVIEW("审核"),
    LEGAL_REVIEW("法制审核"),
    APPROVAL("批准");

    private final String label;

    ReviewStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
