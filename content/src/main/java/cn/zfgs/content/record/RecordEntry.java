package cn.zfgs.content.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * 全过程记录条目 — one link of the append-only record: who did what to which subject, the hash of the content
 * acted on, and the hash of the previous entry, so that a changed or missing row breaks the chain.
 */
@Entity
@Table(name = "record_entry")
public class RecordEntry {

    @Id
    private Long seq;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private RecordAction action;
    private String subject;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "previous_hash")
    private String previousHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected RecordEntry() {
    }

    RecordEntry(ChainLink link) {
        this.seq = link.seq();
        this.recordedAt = link.recordedAt();
        this.actor = link.actor();
        this.action = link.action();
        this.subject = link.subject();
        this.contentHash = link.contentHash();
        this.previousHash = link.previousHash();
        this.entryHash = link.entryHash();
    }

    public ChainLink link() {
        return new ChainLink(seq, recordedAt, actor, action, subject, contentHash, previousHash, entryHash);
    }
}
