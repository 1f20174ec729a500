package cn.zfgs.content.editorial;

import static cn.zfgs.content.editorial.Staff.DISTRICT;
import static cn.zfgs.content.editorial.Staff.EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The workflow as a whole: random chains of actions (edit, submit, review, legal review, approve, reject, publish)
 * by random staff — including the submitter, staff of other agencies and staff without the role — on one revision.
 * Most actions are the natural next step of the revision's state, so chains get deep; some are any action at all.
 * <p>
 * After every action: a refused action changed nothing; an actor outside the agency's scope was refused; the
 * outcome is the one the rules give (a small reference model below); and the invariants hold — never approved while
 * major without a legal review AGREE after the last submission, never approved by the submitter, never ready to
 * publish on an approval older than the last submission.
 * <p>
 * Two drivers: {@link Revision} alone (the domain rules must hold whatever the caller does), and the way
 * {@link cn.zfgs.content.workflow.Workflow} drives it (an approval that is not scheduled publishes at once).
 */
class RevisionWorkflowPropertiesTest {

    private static final int STEPS = 40;

    @Property(seed = "1101", tries = 250)
    void anOrdinaryRevisionDrivenDirectly(@ForAll("ordinaryDirect") ActionChain<Model> chain) {
        chain.withInvariant("workflow invariants", Model::checkInvariants).run();
    }

    @Property(seed = "1102", tries = 250)
    void aMajorRevisionDrivenDirectly(@ForAll("majorDirect") ActionChain<Model> chain) {
        chain.withInvariant("workflow invariants", Model::checkInvariants).run();
    }

    @Property(seed = "1103", tries = 250)
    void anOrdinaryRevisionDrivenAsTheWorkflowDoes(@ForAll("ordinaryAsWorkflow") ActionChain<Model> chain) {
        chain.withInvariant("workflow invariants", Model::checkInvariants).run();
    }

    @Property(seed = "1104", tries = 250)
    void aMajorRevisionDrivenAsTheWorkflowDoes(@ForAll("majorAsWorkflow") ActionChain<Model> chain) {
        chain.withInvariant("workflow invariants", Model::checkInvariants).run();
    }

    @Provide
    Arbitrary<ActionChain<Model>> ordinaryDirect() {
        return chains(false, false);
    }

    @Provide
    Arbitrary<ActionChain<Model>> majorDirect() {
        return chains(true, false);
    }

    @Provide
    Arbitrary<ActionChain<Model>> ordinaryAsWorkflow() {
        return chains(false, true);
    }

    @Provide
    Arbitrary<ActionChain<Model>> majorAsWorkflow() {
        return chains(true, true);
    }

    private static Arbitrary<ActionChain<Model>> chains(boolean major, boolean publishOnApproval) {
        return ActionChain.startWith(() -> new Model(major, publishOnApproval))
                .withAction(4, natural(Kind.SUBMIT, m -> m.status() == RevisionStatus.DRAFT))
                .withAction(1, natural(Kind.EDIT, m -> m.status() == RevisionStatus.DRAFT))
                .withAction(4, natural(Kind.REVIEW, m -> m.status() == RevisionStatus.SUBMITTED))
                .withAction(4, natural(Kind.LEGAL_REVIEW, m -> m.status() == RevisionStatus.LEGAL_REVIEW))
                .withAction(3, natural(Kind.APPROVE, m -> m.status() == RevisionStatus.REVIEWED))
                .withAction(1, natural(Kind.REJECT, m -> m.status() == RevisionStatus.REVIEWED))
                .withAction(2, natural(Kind.PUBLISH, m -> m.revision.readyToPublish(m.now)))
                .withAction(3, anything())
                .withMaxTransformations(STEPS);
    }

    // ---------------------------------------------------------------- actions

    /** {@link Kind#PUBLISH} is {@link Revision#markPublished}: done by the system, it has no actor. */
    enum Kind {
        EDIT(StaffRole.EDITOR), SUBMIT(StaffRole.EDITOR), REVIEW(StaffRole.REVIEWER),
        LEGAL_REVIEW(StaffRole.LEGAL_REVIEWER), APPROVE(StaffRole.APPROVER), REJECT(StaffRole.APPROVER),
        PUBLISH(null);

        final StaffRole role;

        Kind(StaffRole role) {
            this.role = role;
        }
    }

    enum Reasons {
        NONE(null), BLANK(" \t"), WRITTEN("证据不足，请补正");

        final String text;

        Reasons(String text) {
            this.text = text;
        }

        boolean written() {
            return this == WRITTEN;
        }
    }

    enum Checklist {
        FULL, WITH_TRANSFER, UNANSWERED_POINT, FAILED_POINT;

        LegalReviewChecklist build() {
            Map<LegalReviewChecklist.Point, Boolean> answers =
                    new EnumMap<>(LegalReviewChecklist.allSatisfied().answers());
            switch (this) {
                case WITH_TRANSFER -> answers.put(LegalReviewChecklist.Point.TRANSFER_TO_JUDICIAL, true);
                case UNANSWERED_POINT -> answers.remove(LegalReviewChecklist.Point.WITHIN_AUTHORITY);
                case FAILED_POINT -> answers.put(LegalReviewChecklist.Point.PROCEDURE_LAWFUL, false);
                default -> {
                }
            }
            return new LegalReviewChecklist(answers);
        }

        boolean passes() {
            return this == FULL || this == WITH_TRANSFER;
        }
    }

    enum Schedule {
        AT_ONCE, IN_THE_PAST, IN_THE_FUTURE
    }

    /** One attempted action, with everything random about it; the clock moves {@code minutes} before it. */
    record Attempt(Kind kind, Actor actor, Verdict verdict, Reasons reasons, Checklist checklist, boolean major,
            Schedule schedule, int minutes) {

        @Override
        public String toString() {
            String detail = switch (kind) {
                case EDIT -> " major=" + major;
                case REVIEW -> " " + verdict + " reasons=" + reasons;
                case LEGAL_REVIEW -> " " + verdict + " " + checklist + " reasons=" + reasons;
                case APPROVE -> " " + schedule;
                case REJECT -> " reasons=" + reasons;
                default -> "";
            };
            if (kind == Kind.PUBLISH) {
                return "+" + minutes + "min PUBLISH (by the system: no actor)";
            }
            return "+" + minutes + "min " + kind + " by " + actor.name() + "#" + actor.id() + detail;
        }
    }

    /** The natural next step of a state, mostly by someone holding the role (in scope or not, submitter or not). */
    private static Action.Independent<Model> natural(Kind kind, Predicate<Model> when) {
        List<Actor> holders = kind.role == null ? EVERYONE
                : EVERYONE.stream().filter(a -> a.has(kind.role)).toList();
        Arbitrary<Actor> actors = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(holders)),
                Tuple.of(1, Arbitraries.of(EVERYONE)));
        Arbitrary<Transformer<Model>> transformers = attempts(Arbitraries.just(kind), actors).map(Model::step);
        return new Action.Independent<>() {
            @Override
            public boolean precondition(Model state) {
                return when.test(state);
            }

            @Override
            public Arbitrary<Transformer<Model>> transformer() {
                return transformers;
            }
        };
    }

    /** Any action by anyone, whatever the state. */
    private static Action.Independent<Model> anything() {
        Arbitrary<Transformer<Model>> transformers =
                attempts(Arbitraries.of(Kind.class), Arbitraries.of(EVERYONE)).map(Model::step);
        return () -> transformers;
    }

    private static Arbitrary<Attempt> attempts(Arbitrary<Kind> kinds, Arbitrary<Actor> actors) {
        Arbitrary<Verdict> verdicts = Arbitraries.frequency(Tuple.of(3, Verdict.AGREE), Tuple.of(1, Verdict.ISSUES));
        Arbitrary<Reasons> reasons = Arbitraries.frequency(Tuple.of(3, Reasons.WRITTEN), Tuple.of(2, Reasons.NONE),
                Tuple.of(1, Reasons.BLANK));
        Arbitrary<Checklist> checklists = Arbitraries.frequency(Tuple.of(5, Checklist.FULL),
                Tuple.of(1, Checklist.WITH_TRANSFER), Tuple.of(1, Checklist.UNANSWERED_POINT),
                Tuple.of(1, Checklist.FAILED_POINT));
        Arbitrary<Schedule> schedules = Arbitraries.frequency(Tuple.of(3, Schedule.AT_ONCE),
                Tuple.of(1, Schedule.IN_THE_PAST), Tuple.of(2, Schedule.IN_THE_FUTURE));
        Arbitrary<Integer> minutes = Arbitraries.integers().between(1, 600);
        return Combinators.combine(kinds, actors, verdicts, reasons, checklists, Arbitraries.of(true, false),
                schedules, minutes).as(Attempt::new);
    }

    // ---------------------------------------------------------------- the revision, the clock, and what we know

    static final class Model {

        final Revision revision;
        final boolean publishOnApproval;
        final List<ReviewOpinion> opinions = new ArrayList<>();
        Instant now = RevisionScenario.START;
        /** What the test saw happen, independently of the revision. */
        Long submitter;
        Instant lastSubmittedAt;
        Instant lastApprovedAt;
        Instant lastScheduledFor;
        int publishedVersions;

        Model(boolean major, boolean publishOnApproval) {
            this.revision = new Revision(100L, 1, RevisionScenario.PAYLOAD, major, null, Staff.EDITOR_WANG, now);
            this.publishOnApproval = publishOnApproval;
        }

        RevisionStatus status() {
            return revision.status();
        }

        static Transformer<Model> step(Attempt attempt) {
            return Transformer.mutate(attempt.toString(), m -> m.attempt(attempt));
        }

        boolean legalAgreeSinceLastSubmission() {
            return lastSubmittedAt != null && opinions.stream().anyMatch(o -> o.stage() == ReviewStage.LEGAL_REVIEW
                    && o.verdict() == Verdict.AGREE && !o.givenAt().isBefore(lastSubmittedAt));
        }

        boolean approvedSinceLastSubmission() {
            return lastApprovedAt != null && !lastApprovedAt.isBefore(lastSubmittedAt);
        }

        void attempt(Attempt a) {
            now = now.plus(Duration.ofMinutes(a.minutes()));
            RevisionSnapshot before = RevisionSnapshot.of(revision);
            int opinionsBefore = opinions.size();
            Outcome expected = expect(a);
            try {
                perform(a);
            } catch (WorkflowException refused) {
                assertThat(RevisionSnapshot.of(revision)).as("refused (%s) but changed", refused.getMessage())
                        .isEqualTo(before);
                assertThat(opinions).hasSize(opinionsBefore);
                if (!expected.mayBeRefused()) {
                    fail("%s refused with “%s” though the rules allow it (status was %s)", a, refused.getMessage(),
                            before.status());
                }
                return;
            }
            if (a.kind() != Kind.PUBLISH && !a.actor().actsFor(DISTRICT)) {
                fail("%s: an actor outside the agency's scope changed the revision to %s", a, status());
            }
            if (!expected.mayBeAllowed()) {
                fail("%s allowed though the rules forbid it (status was %s, now %s)", a, before.status(), status());
            }
            if (expected.next() != null) {
                assertThat(status()).as("status after %s", a).isEqualTo(expected.next());
            }
        }

        private void perform(Attempt a) {
            Actor actor = a.actor();
            switch (a.kind()) {
                case EDIT -> revision.edit(actor, DISTRICT, RevisionScenario.PAYLOAD + now, a.major(), null);
                case SUBMIT -> {
                    revision.submit(actor, DISTRICT, now);
                    submitter = actor.id();
                    lastSubmittedAt = now;
                }
                case REVIEW -> opinions.add(revision.review(actor, DISTRICT, a.verdict(), a.reasons().text, now));
                case LEGAL_REVIEW -> opinions.add(revision.legalReview(actor, DISTRICT, a.checklist().build(),
                        a.verdict(), a.reasons().text, now));
                case APPROVE -> {
                    Instant scheduledFor = switch (a.schedule()) {
                        case AT_ONCE -> null;
                        case IN_THE_PAST -> now.minus(Duration.ofHours(1));
                        case IN_THE_FUTURE -> now.plus(Duration.ofHours(1 + a.minutes() % 72));
                    };
                    opinions.add(revision.approve(actor, DISTRICT, List.copyOf(opinions), scheduledFor, now));
                    lastApprovedAt = now;
                    lastScheduledFor = a.schedule() == Schedule.IN_THE_FUTURE ? scheduledFor : null;
                    if (publishOnApproval && status() != RevisionStatus.SCHEDULED) {
                        revision.markPublished(++publishedVersions, now);
                    }
                }
                case REJECT -> opinions.add(revision.reject(actor, DISTRICT, a.reasons().text, now));
                case PUBLISH -> revision.markPublished(++publishedVersions, now);
            }
        }

        /** The rules, as a reference model: which outcome an attempt must have in the current state. */
        private Outcome expect(Attempt a) {
            Actor actor = a.actor();
            boolean otherThanSubmitter = !actor.id().equals(submitter);
            boolean reasonsOk = a.verdict() == Verdict.AGREE || a.reasons().written();
            switch (a.kind()) {
                case EDIT:
                    return gate(a, RevisionStatus.DRAFT) ? Outcome.allowed(RevisionStatus.DRAFT) : Outcome.REFUSED;
                case SUBMIT:
                    return gate(a, RevisionStatus.DRAFT) ? Outcome.allowed(RevisionStatus.SUBMITTED) : Outcome.REFUSED;
                case REVIEW:
                    if (!gate(a, RevisionStatus.SUBMITTED) || !otherThanSubmitter || !reasonsOk) {
                        return Outcome.REFUSED;
                    }
                    return Outcome.allowed(a.verdict() == Verdict.ISSUES ? RevisionStatus.DRAFT
                            : revision.major() ? RevisionStatus.LEGAL_REVIEW : RevisionStatus.REVIEWED);
                case LEGAL_REVIEW:
                    if (!gate(a, RevisionStatus.LEGAL_REVIEW) || !otherThanSubmitter || !reasonsOk
                            || a.verdict() == Verdict.AGREE && !a.checklist().passes()) {
                        return Outcome.REFUSED;
                    }
                    return Outcome.allowed(
                            a.verdict() == Verdict.AGREE ? RevisionStatus.REVIEWED : RevisionStatus.DRAFT);
                case APPROVE: {
                    if (!gate(a, RevisionStatus.REVIEWED) || !otherThanSubmitter
                            || revision.major() && !legalAgreeSinceLastSubmission()) {
                        return Outcome.REFUSED;
                    }
                    return Outcome.allowed(a.schedule() == Schedule.IN_THE_FUTURE ? RevisionStatus.SCHEDULED
                            : publishOnApproval ? RevisionStatus.PUBLISHED : RevisionStatus.APPROVED);
                }
                case REJECT:
                    if (!gate(a, RevisionStatus.REVIEWED) || !otherThanSubmitter || !a.reasons().written()) {
                        return Outcome.REFUSED;
                    }
                    return Outcome.allowed(RevisionStatus.DRAFT);
                case PUBLISH:
                    boolean due = status() == RevisionStatus.APPROVED
                            || status() == RevisionStatus.SCHEDULED && !lastScheduledFor.isAfter(now);
                    return due ? Outcome.allowed(RevisionStatus.PUBLISHED) : Outcome.REFUSED;
                default:
                    throw new IllegalStateException();
            }
        }

        private boolean gate(Attempt a, RevisionStatus required) {
            return a.actor().has(a.kind().role) && a.actor().actsFor(DISTRICT) && status() == required;
        }

        void checkInvariants() {
            Revision r = revision;
            assertThat(r.submittedBy()).as("the submitter").isEqualTo(submitter);
            if (r.approvedBy() != null) {
                assertThat(r.approvedBy()).as("four eyes: the approver is not the submitter")
                        .isNotEqualTo(r.submittedBy());
                if (r.major()) {
                    assertThat(legalAgreeSinceLastSubmission())
                            .as("a major revision is approved (by #%s) only with a legal review AGREE given at or "
                                    + "after its last submission (%s); opinions: %s", r.approvedBy(), lastSubmittedAt,
                                    describe(opinions))
                            .isTrue();
                }
            }
            if (r.readyToPublish(now) || r.status() == RevisionStatus.PUBLISHED) {
                assertThat(approvedSinceLastSubmission())
                        .as("%s/ready to publish only on an approval of the text last submitted (approved %s, last "
                                + "submitted %s)", r.status(), lastApprovedAt, lastSubmittedAt)
                        .isTrue();
            }
            if (r.status() == RevisionStatus.LEGAL_REVIEW) {
                assertThat(r.major()).as("only a major revision waits for a legal review").isTrue();
            }
            if (r.status() == RevisionStatus.SCHEDULED) {
                assertThat(r.scheduledFor()).isAfter(lastApprovedAt);
            }
        }

        private static List<String> describe(List<ReviewOpinion> opinions) {
            return opinions.stream().map(o -> o.stage() + ":" + o.verdict() + "@" + o.givenAt()).toList();
        }

        @Override
        public String toString() {
            return "Revision[" + status() + ", major=" + revision.major() + ", submittedBy=" + revision.submittedBy()
                    + ", approvedBy=" + revision.approvedBy() + ", opinions=" + describe(opinions) + "]";
        }
    }

    /** What the rules say about an attempt: it must succeed (with {@code next}) or must be refused. */
    record Outcome(boolean mayBeAllowed, boolean mayBeRefused, RevisionStatus next) {

        static final Outcome REFUSED = new Outcome(false, true, null);

        static Outcome allowed(RevisionStatus next) {
            return new Outcome(true, false, next);
        }
    }
}
