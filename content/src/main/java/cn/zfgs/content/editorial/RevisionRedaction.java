package cn.zfgs.content.editorial;

import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.redaction.RedactionSpan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 修订的屏蔽区段 — a redaction span stored with its revision, with whether a reviewer confirmed it. */
@Entity
@Table(name = "redaction_span")
public class RevisionRedaction {

    /** Suggested by a detector or a person; only CONFIRMED spans reach the projection. */
    public enum Status { SUGGESTED, CONFIRMED, REJECTED }

    /** Who proposed the span. */
    public enum Origin { DETECTOR, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "revision_id")
    private Long revisionId;
    private String field;
    @Column(name = "start_offset")
    private int startOffset;
    private int length;
    @Enumerated(EnumType.STRING)
    private RedactionCategory category;
    private String replacement;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Origin origin;

    protected RevisionRedaction() {
    }

    public RevisionRedaction(Long revisionId, RedactionSpan span, Status status, Origin origin) {
        this.revisionId = revisionId;
        this.field = span.field();
        this.startOffset = span.start();
        this.length = span.length();
        this.category = span.category();
        this.replacement = span.replacement();
        this.status = status;
        this.origin = origin;
    }

    public Long id() {
        return id;
    }

    public Long revisionId() {
        return revisionId;
    }

    public Status status() {
        return status;
    }

    public Origin origin() {
        return origin;
    }

    public RedactionSpan span() {
        return new RedactionSpan(field, startOffset, length, category, replacement);
    }
}
