package cn.zfgs.content.model;

import java.time.LocalDate;
import java.util.Map;

/** 双随机抽查结果 — the outcome of one random inspection of one market entity. */
public record InspectionResultContent(
        String taskName,
        Long enforcementItemId,
        String inspectedName,
        String inspectedCreditCode,
        LocalDate inspectedOn,
        InspectionOutcome outcome,
        String findings,
        String followUp) implements Content {

    @Override
    public ContentKind kind() {
        return ContentKind.INSPECTION_RESULT;
    }

    @Override
    public String title() {
        return taskName + " — " + inspectedName;
    }

    @Override
    public Map<String, String> redactableFields() {
        return Map.of("findings", findings, "followUp", followUp);
    }

    @Override
    public InspectionResultContent withFields(Map<String, String> replaced) {
        return new InspectionResultContent(taskName, enforcementItemId, inspectedName, inspectedCreditCode,
                inspectedOn, outcome, replaced.getOrDefault("findings", findings),
                replaced.getOrDefault("followUp", followUp));
    }
}
