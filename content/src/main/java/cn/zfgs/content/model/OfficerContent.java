package cn.zfgs.content.model;

import java.time.LocalDate;

/** 执法人员 — an officer on the roster, with the certificate (执法证) the public can verify. */
public record OfficerContent(
        String name,
        String certificateNumber,
        String category,
        String regionCode,
        String regionName,
        OfficerStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean legalReviewer) implements Content {

    @Override
    public ContentKind kind() {
        return ContentKind.OFFICER;
    }

    @Override
    public String title() {
        return name + "（" + certificateNumber + "）";
    }

    @Override
    public String naturalKey() {
        return certificateNumber;
    }
}
