package cn.zfgs.content.model;

/** 执法主体层级 — the administrative level of an agency. */
public enum AgencyLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级");

    private final String label;

    AgencyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
