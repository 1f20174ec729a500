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

/**
 * 修订的屏蔽区段 — a redaction span stored with its revision, and where it stands in the confirm step: a detector's
 * suggestion waits for a reviewer to accept or reject it; a span whose text an edit changed waits for a new look;
 * only confirmed spans reach the projection.
 */
@Entity
@Table(name = "redaction_span")
public class RevisionRedaction {

    /** Only CONFIRMED spans reach the projection; SUGGESTED and NEEDS_REVIEW block approval. */
    public enum Status {
        SUGGESTED("待确认"),
        CONFIRMED("已确认"),
        REJECTED("已驳回"),
        /** Was confirmed or suggested, but an edit changed the text under it. */
        NEEDS_REVIEW("文字已修改，待重新确认");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Waits for a reviewer's decision. */
        public boolean pending() {
            return this == SUGGESTED || this == NEEDS_REVIEW;
        }
    }

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

    /** 确认: the span reaches the projection, with {@code replacement} instead of the proposed one when given. */
    public void accept(String replacement) {
        if (replacement != null) {
            this.replacement = replacement;
        }
        status = Status.CONFIRMED;
    }

    /** 驳回: the text stays public; the span is kept so that the detectors do not suggest it again. */
    public void reject() {
        status = Status.REJECTED;
    }

    /** The span after an edit of its text: moved to where its text now is, with the status it now has. */
    public void reanchor(RedactionSpan span, Status status) {
        this.field = span.field();
        this.startOffset = span.start();
        this.length = span.length();
        this.status = status;
    }

    /** The same decision on another revision (a correction), at the span's new place. */
    public RevisionRedaction copyTo(Long revisionId, RedactionSpan span, Status status) {
        return new RevisionRedaction(revisionId, new RedactionSpan(span.field(), span.start(), span.length(), category,
                replacement), status, origin);
    }

    public RedactionSpan span() {
        return new RedactionSpan(field, startOffset, length, category, replacement);
    }
}
