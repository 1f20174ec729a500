package cn.zfgs.content.feedback;

import cn.zfgs.content.editorial.WorkflowException;
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
    public enum Status {
        /** 待处理. */
        NEW("待处理"),
        /** 已受理 — the error is confirmed and a correction is under way. */
        ACCEPTED("已受理"),
        /** 不予更正 — closed: the page was right. */
        REJECTED("不予更正"),
        /** 已更正 — closed: the page was corrected. */
        RESOLVED("已更正");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean closed() {
            return this == REJECTED || this == RESOLVED;
        }
    }

    public static final int MAX_REPLY = 1000;

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
    private String reply;
    @Column(name = "handled_by")
    private Long handledBy;
    @Column(name = "handled_at")
    private Instant handledAt;

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

    public String reply() {
        return reply;
    }

    public Instant handledAt() {
        return handledAt;
    }

    /** 受理: the error is confirmed; a correction follows. Only a new ticket is accepted. */
    public void accept(Long by, Instant at) {
        if (status != Status.NEW) {
            throw new WorkflowException("只有待处理的工单可以受理（当前：" + status.label() + "）");
        }
        move(Status.ACCEPTED, by, at);
    }

    /**
     * 办结: closed as corrected or as not needing a correction, with the reply for the person who reported it. A
     * closed ticket stays closed: a new report is a new ticket.
     */
    public void close(Status outcome, String reply, Long by, Instant at) {
        if (!outcome.closed()) {
            throw new WorkflowException("办结结果：请选择“已更正”或“不予更正”");
        }
        if (status.closed()) {
            throw new WorkflowException("该工单已办结（" + status.label() + "），不能再次办结");
        }
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty()) {
            throw new WorkflowException("答复：必须填写，说明核查结果");
        }
        if (text.codePointCount(0, text.length()) > MAX_REPLY) {
            throw new WorkflowException("答复：最多 " + MAX_REPLY + " 个字");
        }
        this.reply = text;
        move(outcome, by, at);
    }

    private void move(Status to, Long by, Instant at) {
        status = to;
        handledBy = by;
        handledAt = at;
    }
}
