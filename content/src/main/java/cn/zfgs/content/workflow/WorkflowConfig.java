package cn.zfgs.content.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** 发布流程配置 — the {@code workflow.*} settings, with their defaults. */
@ConfigMapping(prefix = "workflow")
public interface WorkflowConfig {

    /** How often scheduled revisions are checked and published when due (a Quarkus duration, e.g. 30s, 1m). */
    @WithDefault("30s")
    String scheduledPublicationInterval();

    /**
     * How often decisions are checked against their agency's publication periods (公示期限) and taken down when
     * expired. Periods are whole months, so checking hourly brings a decision down within the hour of its day.
     */
    @WithDefault("1h")
    String publicationExpiryInterval();

    /**
     * How often the annual-report job runs: from the first working day of January it drafts each public agency's
     * report of the previous year (年报) for approval, and counts the figures of drafts not yet submitted again.
     */
    @WithDefault("1h")
    String annualReportInterval();
}
