package cn.zfgs.content.model;

/** 执法主体信息 — what an agency publishes about itself: authority, duties, contact and complaint channels. */
public record AgencyProfile(
        String name,
        String legalAuthority,
        String duties,
        String address,
        String phone,
        String officeHours,
        String supervisionChannel,
        String complaintChannel) implements Content {

    @Override
    public ContentKind kind() {
        return ContentKind.AGENCY;
    }

    @Override
    public String title() {
        return name;
    }
}
