package cn.zfgs.content.editorial;

import cn.zfgs.content.model.DecisionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * 公开时限 — when a decision had to be public (7 or 20 working days after it was made) and when it became so,
 * kept so that on-time rates and working days to publish can be reported.
 */
@Entity
@Table(name = "decision_timeline")
public class DecisionTimeline {

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type")
    private DecisionType decisionType;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "due_on")
    private LocalDate dueOn;
    /** The due date crosses a year whose holiday arrangement has not been entered yet. */
    @Column(name = "due_provisional")
    private boolean dueProvisional;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "workdays_used")
    private Integer workdaysUsed;

    protected DecisionTimeline() {
    }

    public DecisionTimeline(Long itemId, DecisionType decisionType, LocalDate decisionDate, LocalDate dueOn,
            boolean dueProvisional) {
        this.itemId = itemId;
        this.decisionType = decisionType;
        this.decisionDate = decisionDate;
        this.dueOn = dueOn;
        this.dueProvisional = dueProvisional;
    }

    /** Re-dates the deadline when a draft's decision date or type is edited before first publication. */
    public void reschedule(DecisionType type, LocalDate decisionDate, LocalDate dueOn, boolean provisional) {
        this.decisionType = type;
        this.decisionDate = decisionDate;
        this.dueOn = dueOn;
        this.dueProvisional = provisional;
    }

    /** Counts the deadline again once the holiday arrangement of a year it runs through is known. */
    public void recount(LocalDate dueOn, boolean provisional, Integer workdaysUsed) {
        this.dueOn = dueOn;
        this.dueProvisional = provisional;
        this.workdaysUsed = workdaysUsed;
    }

    public void published(LocalDate on, int workdaysUsed) {
        if (publishedOn == null) {
            this.publishedOn = on;
            this.workdaysUsed = workdaysUsed;
        }
    }

    public Long itemId() {
        return itemId;
    }

    public DecisionType decisionType() {
        return decisionType;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean dueProvisional() {
        return dueProvisional;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Integer workdaysUsed() {
        return workdaysUsed;
    }
}
