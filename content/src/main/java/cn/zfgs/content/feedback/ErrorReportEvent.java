package cn.zfgs.content.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 工单处理记录 — one change of an error-report ticket's state: to what, by whom, when, with the reply if any. */
@Entity
@Table(name = "error_report_event")
public class ErrorReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "report_id")
    private Long reportId;
    @Enumerated(EnumType.STRING)
    private ErrorReport.Status status;
    @Column(name = "actor_id")
    private Long actorId;
    private Instant at;
    private String note;

    protected ErrorReportEvent() {
    }

    public ErrorReportEvent(Long reportId, ErrorReport.Status status, Long actorId, Instant at, String note) {
        this.reportId = reportId;
        this.status = status;
        this.actorId = actorId;
        this.at = at;
        this.note = note;
    }

    public ErrorReport.Status status() {
        return status;
    }

    public Long actorId() {
        return actorId;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
