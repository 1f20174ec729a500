package cn.zfgs.content.model;

/** 当事人类别 — who a decision is about; natural persons (and their businesses) have their names redacted. */
public enum PartyKind {
    NATURAL_PERSON("自然人"),
    INDIVIDUAL_BUSINESS("个体工商户"),
    LEGAL_PERSON("法人"),
    OTHER_ORGANIZATION("非法人组织");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
