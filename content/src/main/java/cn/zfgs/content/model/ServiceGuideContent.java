package cn.zfgs.content.model;

import java.util.List;

/** 服务指南 — how to apply for a licence or service: organs, conditions, materials, limits, fees, channels. */
public record ServiceGuideContent(
        Long enforcementItemId,
        String title,
        String acceptingOrgan,
        String approvingOrgan,
        String conditions,
        List<Material> materials,
        String timeLimit,
        String fees,
        String placeAndHours,
        String progressEnquiry,
        String consultation,
        String complaints) implements Content {

    /** 申请材料 — one document to hand in, with the sample the guide offers. */
    public record Material(String name, String form, int copies, String sampleNote) {
    }

    public ServiceGuideContent {
        materials = List.copyOf(materials);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.SERVICE_GUIDE;
    }
}
