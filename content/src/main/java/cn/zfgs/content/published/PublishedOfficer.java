package cn.zfgs.content.published;

import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.OfficerStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 已公开的执法人员 — an officer on the public roster; nothing personal beyond name, unit and certificate. */
@Entity
@Table(name = "pub_officer")
@IdClass(PublishedKey.class)
public class PublishedOfficer extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    private String name;
    @Column(name = "certificate_number")
    private String certificateNumber;
    private String category;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "region_name")
    private String regionName;
    @Enumerated(EnumType.STRING)
    private OfficerStatus status;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "legal_reviewer")
    private boolean legalReviewer;

    protected PublishedOfficer() {
    }

    public PublishedOfficer(PublicationStamp stamp, OfficerContent content) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.name = content.name();
        this.certificateNumber = content.certificateNumber();
        this.category = content.category();
        this.regionCode = content.regionCode();
        this.regionName = content.regionName();
        this.status = content.status();
        this.validFrom = content.validFrom();
        this.validUntil = content.validUntil();
        this.legalReviewer = content.legalReviewer();
    }

    public String agencyName() {
        return agencyName;
    }

    public String name() {
        return name;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public String category() {
        return category;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    public OfficerStatus status() {
        return status;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean legalReviewer() {
        return legalReviewer;
    }
}
