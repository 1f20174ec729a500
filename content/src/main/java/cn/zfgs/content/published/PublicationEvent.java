package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 发布日志条目 — one change to the published tables, numbered in commit order. */
@Entity
@Table(name = "publication_log")
public class PublicationEvent {

    /** What happened to the item's public projection. */
    public enum Kind { PUBLISHED, CORRECTED, WITHDRAWN, EXPIRED }

    @Id
    private Long seq;
    @Enumerated(EnumType.STRING)
    private Kind event;
    @Enumerated(EnumType.STRING)
    private ContentKind kind;
    @Column(name = "item_id")
    private Long itemId;
    private int version;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected PublicationEvent() {
    }

    PublicationEvent(long seq, Kind event, ContentKind kind, Long itemId, int version, Instant occurredAt) {
        this.seq = seq;
        this.event = event;
        this.kind = kind;
        this.itemId = itemId;
        this.version = version;
        this.occurredAt = occurredAt;
    }

    public long seq() {
        return seq;
    }

    public Kind event() {
        return event;
    }

    public ContentKind kind() {
        return kind;
    }

    public Long itemId() {
        return itemId;
    }

    public int version() {
        return version;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
