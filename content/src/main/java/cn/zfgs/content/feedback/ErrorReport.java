package cn.zfgs.content.feedback;

import cn.zfgs.content.model.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * 纠错工单 — a visitor's report that a published page is inaccurate, queued for the staff of the agency that
 * published it. The contact details are for staff only and never appear on a public page.
 */
@Entity
@Table(name = "error_report")
public class ErrorReport {

    /** Where the ticket stands in the staff's triage. */
    public enum Status { NEW, ACCEPTED, REJECTED, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private ContentKind subjectKind;
    @Column(name = "subject_id")
    private Long subjectId;
    @Column(name = "subject_version")
    private int subjectVersion;
    @Column(name = "agency_id")
    private Long agencyId;
    private String description;
    private String contact;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private Status status;

    protected ErrorReport() {
    }

    /** A new ticket about the given published version, from an already checked submission. */
    public ErrorReport(ErrorReportSubmission.Accepted submission, int subjectVersion, Long agencyId, Instant at) {
        this.subjectKind = submission.subjectKind();
        this.subjectId = submission.subjectId();
        this.subjectVersion = subjectVersion;
        this.agencyId = agencyId;
        this.description = submission.description();
        this.contact = submission.contact();
        this.receivedAt = at;
        this.status = Status.NEW;
    }

    public Long id() {
        return id;
    }

    public ContentKind subjectKind() {
        return subjectKind;
    }

    public Long subjectId() {
        return subjectId;
    }

    public int subjectVersion() {
        return subjectVersion;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String description() {
        return description;
    }

    public String contact() {
        return contact;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Status status() {
        return status;
    }
}
