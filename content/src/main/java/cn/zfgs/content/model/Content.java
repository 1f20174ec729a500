package cn.zfgs.content.model;

import java.util.Map;

/**
 * 公示内容 — the editorial payload of one revision of one item. Each kind is a record; the published projection
 * is made from it with the confirmed redaction spans applied to its {@link #redactableFields() redactable fields}.
 */
public sealed interface Content
        permits AgencyProfile, OfficerContent, EnforcementItemContent, ServiceGuideContent, FlowchartContent,
        RightsNoticeContent, DiscretionBenchmarkContent, DecisionContent, InspectionResultContent,
        AnnualReportContent {

    ContentKind kind();

    /** The line staff and the public see in lists. */
    String title();

    /**
     * The agency's own identifier of this content — 文号 of a decision, 执法证号 of an officer, 事项编码 of an item —
     * by which an import or a push finds it again (null for kinds that have none).
     */
    default String naturalKey() {
        return null;
    }

    /** Free-text fields that may carry personal data, by field name; spans are anchored to these texts. */
    default Map<String, String> redactableFields() {
        return Map.of();
    }

    /** This content with the given redactable fields replaced; names not in {@link #redactableFields()} are ignored. */
    default Content withFields(Map<String, String> replaced) {
        return this;
    }
}
