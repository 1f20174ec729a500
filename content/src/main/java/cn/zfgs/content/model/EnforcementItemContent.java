package cn.zfgs.content.model;

import java.util.List;

/**
 * 执法事项 — one entry of the enforcement item catalogue: what the agency may do and on what legal basis.
 * Legal bases are citations such as 《药品管理法》第一百一十五条, validated against the law catalogue.
 */
public record EnforcementItemContent(
        String code,
        String name,
        DecisionType itemType,
        String handlingDepartment,
        List<String> legalBases,
        Integer timeLimitDays,
        String timeLimitNote,
        RandomInspection randomInspection) implements Content {

    public EnforcementItemContent {
        legalBases = List.copyOf(legalBases);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.ENFORCEMENT_ITEM;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public String naturalKey() {
        return code;
    }
}
