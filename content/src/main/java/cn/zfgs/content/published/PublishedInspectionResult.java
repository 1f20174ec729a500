package cn.zfgs.content.published;

import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.InspectionResultContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** 已公开的双随机抽查结果 — one inspection outcome as published. */
@Entity
@Table(name = "pub_inspection_result")
@IdClass(PublishedKey.class)
public class PublishedInspectionResult extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    @Column(name = "task_name")
    private String taskName;
    @Column(name = "enforcement_item_id")
    private Long enforcementItemId;
    @Column(name = "inspected_name")
    private String inspectedName;
    @Column(name = "inspected_credit_code")
    private String inspectedCreditCode;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    @Enumerated(EnumType.STRING)
    private InspectionOutcome outcome;
    private String findings;
    @Column(name = "follow_up")
    private String followUp;

    protected PublishedInspectionResult() {
    }

    public PublishedInspectionResult(PublicationStamp stamp, InspectionResultContent redacted) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.taskName = redacted.taskName();
        this.enforcementItemId = redacted.enforcementItemId();
        this.inspectedName = redacted.inspectedName();
        this.inspectedCreditCode = redacted.inspectedCreditCode();
        this.inspectedOn = redacted.inspectedOn();
        this.outcome = redacted.outcome();
        this.findings = redacted.findings();
        this.followUp = redacted.followUp();
    }

    public String agencyName() {
        return agencyName;
    }

    public String taskName() {
        return taskName;
    }

    public Long enforcementItemId() {
        return enforcementItemId;
    }

    public String inspectedName() {
        return inspectedName;
    }

    public String inspectedCreditCode() {
        return inspectedCreditCode;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public InspectionOutcome outcome() {
        return outcome;
    }

    public String findings() {
        return findings;
    }

    public String followUp() {
        return followUp;
    }
}
