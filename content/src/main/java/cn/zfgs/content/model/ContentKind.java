package cn.zfgs.content.model;

/**
 * 公示内容类别 — every kind of content the portal publishes, each edited as revisions and published as a projection.
 */
public enum ContentKind {
    AGENCY("执法主体", "agencies"),
    OFFICER("执法人员", "officers"),
    ENFORCEMENT_ITEM("执法事项", "items"),
    SERVICE_GUIDE("服务指南", "guides"),
    FLOWCHART("执法流程图", "flowcharts"),
    RIGHTS_NOTICE("权利告知", "rights-notices"),
    DISCRETION_BENCHMARK("裁量基准", "discretion-benchmarks"),
    DECISION("执法决定", "decisions"),
    INSPECTION_RESULT("双随机抽查结果", "inspection-results"),
    /** Drafted by the system each January, approved by staff; its published version freezes the figures. */
    ANNUAL_REPORT("执法统计年报", "annual-reports");

    private final String label;
    private final String pathSegment;

    ContentKind(String label, String pathSegment) {
        this.label = label;
        this.pathSegment = pathSegment;
    }

    public String label() {
        return label;
    }

    /** The first segment of this kind's public URLs, e.g. {@code /decisions/42}. */
    public String pathSegment() {
        return pathSegment;
    }
}
