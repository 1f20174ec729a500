package cn.zfgs.content.published;

import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.content.model.AgencyProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** 已公开的执法主体信息 — an agency as the public sees it: place in the hierarchy, authority, duties, channels. */
@Entity
@Table(name = "pub_agency")
@IdClass(PublishedKey.class)
public class PublishedAgency extends PublishedVersion {

    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private AgencyLevel level;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "region_name")
    private String regionName;
    @Column(name = "parent_agency_id")
    private Long parentAgencyId;
    @Column(name = "legal_authority")
    private String legalAuthority;
    private String duties;
    private String address;
    private String phone;
    @Column(name = "office_hours")
    private String officeHours;
    @Column(name = "supervision_channel")
    private String supervisionChannel;
    @Column(name = "complaint_channel")
    private String complaintChannel;

    protected PublishedAgency() {
    }

    /** The structural facts (code, level, region, parent) come from the agency record, the rest from the profile. */
    public PublishedAgency(PublicationStamp stamp, AgencyFacts facts, AgencyProfile profile) {
        super(stamp);
        this.code = facts.code();
        this.name = profile.name();
        this.level = facts.level();
        this.regionCode = facts.regionCode();
        this.regionName = facts.regionName();
        this.parentAgencyId = facts.parentAgencyId();
        this.legalAuthority = profile.legalAuthority();
        this.duties = profile.duties();
        this.address = profile.address();
        this.phone = profile.phone();
        this.officeHours = profile.officeHours();
        this.supervisionChannel = profile.supervisionChannel();
        this.complaintChannel = profile.complaintChannel();
    }

    /** The parts of an agency that are structure, not content. */
    public record AgencyFacts(String code, AgencyLevel level, String regionCode, String regionName,
            Long parentAgencyId) {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AgencyLevel level() {
        return level;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    public Long parentAgencyId() {
        return parentAgencyId;
    }

    public String legalAuthority() {
        return legalAuthority;
    }

    public String duties() {
        return duties;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String officeHours() {
        return officeHours;
    }

    public String supervisionChannel() {
        return supervisionChannel;
    }

    public String complaintChannel() {
        return complaintChannel;
    }
}
