package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.WithdrawalReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 撤回公告 — all that stays public of a withdrawn item: that it was withdrawn, why, on what basis, when. */
@Entity
@Table(name = "pub_tombstone")
public class Tombstone {

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Enumerated(EnumType.STRING)
    private ContentKind kind;
    @Column(name = "agency_id")
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private WithdrawalReason reason;
    @Column(name = "basis_document")
    private String basisDocument;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Tombstone() {
    }

    public Tombstone(Long itemId, ContentKind kind, Long agencyId, WithdrawalReason reason, String basisDocument,
            Instant withdrawnAt) {
        this.itemId = itemId;
        this.kind = kind;
        this.agencyId = agencyId;
        this.reason = reason;
        this.basisDocument = basisDocument;
        this.withdrawnAt = withdrawnAt;
    }

    public Long itemId() {
        return itemId;
    }

    public ContentKind kind() {
        return kind;
    }

    public Long agencyId() {
        return agencyId;
    }

    public WithdrawalReason reason() {
        return reason;
    }

    public String basisDocument() {
        return basisDocument;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
