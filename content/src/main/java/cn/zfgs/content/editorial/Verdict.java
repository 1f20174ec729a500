package cn.zfgs.content.editorial;

/** 审核意见结论 — AGREE lets the revision go on; ISSUES sends it back to the editor with written reasons. */
public enum Verdict {
    AGREE("同意"),
    ISSUES("存在问题，退回修改");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
