package cn.zfgs.content.model;

/** 撤回原因 — why a published item came down; shown on the item's 410 notice. */
public enum WithdrawalReason {
    REVOKED("决定已被撤销"),
    CONFIRMED_UNLAWFUL("决定被确认违法"),
    TO_BE_REMADE("决定被责令重新作出"),
    PERIOD_EXPIRED("公示期限届满"),
    OTHER("其他原因");

    private final String label;

    WithdrawalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reasons that oblige the agency to take the decision down within 3 working days. */
    public boolean hasStatutoryDeadline() {
        return this == REVOKED || this == CONFIRMED_UNLAWFUL || this == TO_BE_REMADE;
    }
}
