package cn.zfgs.content.editorial;

import static cn.zfgs.content.editorial.Staff.APPROVER_SUN;
import static cn.zfgs.content.editorial.Staff.DISTRICT;
import static cn.zfgs.content.editorial.Staff.EDITOR_WANG;
import static cn.zfgs.content.editorial.Staff.LEGAL_QIAN;
import static cn.zfgs.content.editorial.Staff.REVIEWER_ZHAO;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of a district item and the opinions given on it, with a clock that moves one minute per action,
 * as {@link cn.zfgs.content.workflow.Workflow} would drive it (it passes every opinion of the revision to approve).
 */
final class RevisionScenario {

    static final Instant START = Instant.parse("2024-03-01T01:00:00Z");
    static final String PAYLOAD = "{\"documentNumber\":\"X市监罚〔2024〕1号\"}";

    final Revision revision;
    final List<ReviewOpinion> opinions = new ArrayList<>();
    Instant now = START;
    /** When the revision was last submitted, as the tests know it ({@link Revision} does not expose it). */
    Instant lastSubmittedAt;

    private RevisionScenario(boolean major) {
        revision = new Revision(100L, 1, PAYLOAD, major, null, EDITOR_WANG, START);
    }

    static RevisionScenario draft(boolean major) {
        return new RevisionScenario(major);
    }

    /** Submitted by 王, agreed by 赵, for a major revision agreed by 钱 on a full checklist: waits for approval. */
    static RevisionScenario reviewed(boolean major) {
        RevisionScenario s = draft(major).submit(EDITOR_WANG).review(REVIEWER_ZHAO, Verdict.AGREE, null);
        return major ? s.legalReview(LEGAL_QIAN, LegalReviewChecklist.allSatisfied(), Verdict.AGREE, null) : s;
    }

    Instant tick() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    RevisionScenario edit(Actor actor, boolean major) {
        tick();
        revision.edit(actor, DISTRICT, PAYLOAD + " ", major, null);
        return this;
    }

    RevisionScenario submit(Actor actor) {
        revision.submit(actor, DISTRICT, tick());
        lastSubmittedAt = now;
        return this;
    }

    RevisionScenario review(Actor actor, Verdict verdict, String reasons) {
        opinions.add(revision.review(actor, DISTRICT, verdict, reasons, tick()));
        return this;
    }

    RevisionScenario legalReview(Actor actor, LegalReviewChecklist checklist, Verdict verdict, String reasons) {
        opinions.add(revision.legalReview(actor, DISTRICT, checklist, verdict, reasons, tick()));
        return this;
    }

    RevisionScenario approve(Actor actor) {
        return approve(actor, null);
    }

    RevisionScenario approve(Actor actor, Instant scheduledFor) {
        opinions.add(revision.approve(actor, DISTRICT, List.copyOf(opinions), scheduledFor, tick()));
        return this;
    }

    RevisionScenario reject(Actor actor, String reasons) {
        opinions.add(revision.reject(actor, DISTRICT, reasons, tick()));
        return this;
    }

    /** Approves with the standard approver and no schedule. */
    RevisionScenario approved() {
        return approve(APPROVER_SUN);
    }
}
