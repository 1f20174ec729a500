package cn.zfgs.content.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 审核意见 — one immutable opinion on one revision: who, when, which stage, the verdict and its reasons. */
@Entity
@Table(name = "review_opinion")
public class ReviewOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "revision_id")
    private Long revisionId;
    @Enumerated(EnumType.STRING)
    private ReviewStage stage;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    private String reasons;
    /** The legal review checklist as JSON, for {@link ReviewStage#LEGAL_REVIEW} only. */
    private String checklist;
    @Column(name = "reviewer_id")
    private Long reviewerId;
    @Column(name = "given_at")
    private Instant givenAt;

    protected ReviewOpinion() {
    }

    public ReviewOpinion(Long revisionId, ReviewStage stage, Verdict verdict, String reasons, String checklist,
            Long reviewerId, Instant givenAt) {
        this.revisionId = revisionId;
        this.stage = stage;
        this.verdict = verdict;
        this.reasons = reasons;
        this.checklist = checklist;
        this.reviewerId = reviewerId;
        this.givenAt = givenAt;
    }

    public Long id() {
        return id;
    }

    public Long revisionId() {
        return revisionId;
    }

    public ReviewStage stage() {
        return stage;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String reasons() {
        return reasons;
    }

    public String checklist() {
        return checklist;
    }

    public Long reviewerId() {
        return reviewerId;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
