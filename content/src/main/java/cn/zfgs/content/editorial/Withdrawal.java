package cn.zfgs.content.editorial;

import cn.zfgs.content.model.WithdrawalReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** 撤回 — the immutable record of taking a published item down: reason, the document behind it, who and when. */
@Entity
@Table(name = "withdrawal")
public class Withdrawal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private Long itemId;
    @Enumerated(EnumType.STRING)
    private WithdrawalReason reason;
    /** e.g. the court judgment or reconsideration decision that revoked the decision. */
    @Column(name = "basis_document")
    private String basisDocument;
    private String note;
    /** The day the agency learned of the revocation; the 3-working-day period runs from it. */
    @Column(name = "learned_on")
    private LocalDate learnedOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "withdrawn_by")
    private Long withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Withdrawal() {
    }

    public Withdrawal(Long itemId, WithdrawalReason reason, String basisDocument, String note, LocalDate learnedOn,
            LocalDate dueOn, Long withdrawnBy, Instant withdrawnAt) {
        this.itemId = itemId;
        this.reason = reason;
        this.basisDocument = basisDocument;
        this.note = note;
        this.learnedOn = learnedOn;
        this.dueOn = dueOn;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
    }

    public Long itemId() {
        return itemId;
    }

    public WithdrawalReason reason() {
        return reason;
    }

    public String basisDocument() {
        return basisDocument;
    }

    public LocalDate learnedOn() {
        return learnedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
