package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.ServiceGuideContent;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.List;

/** 已公开的服务指南 — a service guide as published. */
@Entity
@Table(name = "pub_service_guide")
@IdClass(PublishedKey.class)
public class PublishedServiceGuide extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    @Column(name = "enforcement_item_id")
    private Long enforcementItemId;
    private String title;
    @Column(name = "accepting_organ")
    private String acceptingOrgan;
    @Column(name = "approving_organ")
    private String approvingOrgan;
    private String conditions;
    private String materials;
    @Column(name = "time_limit")
    private String timeLimit;
    private String fees;
    @Column(name = "place_and_hours")
    private String placeAndHours;
    @Column(name = "progress_enquiry")
    private String progressEnquiry;
    private String consultation;
    private String complaints;

    protected PublishedServiceGuide() {
    }

    public PublishedServiceGuide(PublicationStamp stamp, ServiceGuideContent content) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.enforcementItemId = content.enforcementItemId();
        this.title = content.title();
        this.acceptingOrgan = content.acceptingOrgan();
        this.approvingOrgan = content.approvingOrgan();
        this.conditions = content.conditions();
        this.materials = ContentJson.write(content.materials());
        this.timeLimit = content.timeLimit();
        this.fees = content.fees();
        this.placeAndHours = content.placeAndHours();
        this.progressEnquiry = content.progressEnquiry();
        this.consultation = content.consultation();
        this.complaints = content.complaints();
    }

    public String agencyName() {
        return agencyName;
    }

    public Long enforcementItemId() {
        return enforcementItemId;
    }

    public String title() {
        return title;
    }

    public String acceptingOrgan() {
        return acceptingOrgan;
    }

    public String approvingOrgan() {
        return approvingOrgan;
    }

    public String conditions() {
        return conditions;
    }

    public List<ServiceGuideContent.Material> materials() {
        return ContentJson.read(materials, new TypeReference<List<ServiceGuideContent.Material>>() { });
    }

    public String timeLimit() {
        return timeLimit;
    }

    public String fees() {
        return fees;
    }

    public String placeAndHours() {
        return placeAndHours;
    }

    public String progressEnquiry() {
        return progressEnquiry;
    }

    public String consultation() {
        return consultation;
    }

    public String complaints() {
        return complaints;
    }
}
