package cn.zfgs.content.published;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * 已发布版本 — the columns every published projection shares. Rows are immutable once written, except that
 * {@code currentVersion} moves to the newer version on a correction (and the emergency re-redaction, which rewrites text).
 */
@MappedSuperclass
public abstract class PublishedVersion {

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Id
    private Integer version;
    @Column(name = "is_current")
    private boolean currentVersion;
    @Column(name = "published_at")
    private Instant publishedAt;
    /** 更正说明 of a correction; null on a first publication. */
    @Column(name = "change_note")
    private String changeNote;
    @Column(name = "agency_id")
    private Long agencyId;

    protected PublishedVersion() {
    }

    protected PublishedVersion(PublicationStamp stamp) {
        this.itemId = stamp.itemId();
        this.version = stamp.version();
        this.currentVersion = true;
        this.publishedAt = stamp.publishedAt();
        this.changeNote = stamp.changeNote();
        this.agencyId = stamp.agencyId();
    }

    public Long itemId() {
        return itemId;
    }

    public int version() {
        return version;
    }

    public boolean current() {
        return currentVersion;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String changeNote() {
        return changeNote;
    }

    public Long agencyId() {
        return agencyId;
    }
}
