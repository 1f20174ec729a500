package cn.zfgs.content.demo;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.LegalReviewChecklist;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.workflow.MajorDecisionPolicy;
import cn.zfgs.content.workflow.RedactionReview;
import cn.zfgs.content.workflow.Workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 演示发布流程 — puts the staff actions of one content item on the {@link Agenda}, each a real {@link Workflow} call by
 * the agency's 承办人, 审核人, 法制审核人员 and 负责人: create (the detectors suggest redactions), submit, the reviewer's
 * confirmation of the redactions, review, legal review
 * when the revision is major, approve (which publishes); a rejection sends the draft back for an edit and a new
 * submission; corrections and withdrawals come later.
 */
final class DemoPublisher {

    /** 条目 — the ids of an item and its latest revision, known once its first step has run. */
    static final class Handle {
        private Long itemId;
        private Long revisionId;

        Long itemId() {
            return itemId;
        }
    }

    /** 办理路径 — the days of a revision's way to publication and the deviations on it. */
    record Route(LocalDate created, LocalDate reviewed, LocalDate approved, DecisionStory.Rejection rejection,
            String legalReviewer) {

        static Route plain(LocalDate created, LocalDate approved) {
            return new Route(created, approved, approved, null, null);
        }
    }

    private static final MajorDecisionPolicy MAJOR = MajorDecisionPolicy.defaults();

    private final Workflow workflow;
    private final RedactionReview redactions;
    private final Agenda agenda;
    private final Map<String, Actor> actors;
    private final Map<DemoAgency, Long> agencyIds;

    DemoPublisher(Workflow workflow, RedactionReview redactions, Agenda agenda, Map<String, Actor> actors,
            Map<DemoAgency, Long> agencyIds) {
        this.workflow = workflow;
        this.redactions = redactions;
        this.agenda = agenda;
        this.actors = actors;
        this.agencyIds = agencyIds;
    }

    /** First publication of {@code content}; with a rejection on the route, the draft lacks one legal basis. */
    Handle publish(DemoAgency agency, Content content, List<RedactionSpan> spans, Route route, OfficeClock clock) {
        Handle handle = new Handle();
        Actor editor = actor(agency, StaffRole.EDITOR);
        Content draft = route.rejection() == null ? content : route.rejection().draftOf((DecisionContent) content);
        Instant created = clock.on(route.created(), 0, 0);
        agenda.at(created, () -> {
            Revision revision = workflow.create(editor, agencyIds.get(agency), draft, created);
            handle.itemId = revision.itemId();
            handle.revisionId = revision.id();
        });
        review(agency, handle, content, spans, route, clock);
        return handle;
    }

    /** 更正: a new revision of a published item with its public change note, through the same review. */
    void correct(DemoAgency agency, Handle handle, Content content, List<RedactionSpan> spans, String changeNote,
            Route route, OfficeClock clock) {
        Actor editor = actor(agency, StaffRole.EDITOR);
        Instant at = clock.on(route.created(), 0, 0);
        agenda.at(at, () -> handle.revisionId = workflow.correct(editor, handle.itemId, content, changeNote, at).id());
        review(agency, handle, content, spans, route, clock);
    }

    /** 撤回 by the responsible head. */
    void withdraw(DemoAgency agency, Handle handle, DecisionStory.Takedown takedown, OfficeClock clock) {
        Actor approver = actor(agency, StaffRole.APPROVER);
        Instant at = clock.on(takedown.withdrawnOn(), 30, 90);
        agenda.at(at, () -> workflow.withdraw(approver, handle.itemId, takedown.reason(), takedown.basisDocument(),
                takedown.note(), takedown.learnedOn(), at));
    }

    /** Spans, submission, review, legal review when major, approval — and the detour of a rejection. */
    private void review(DemoAgency agency, Handle handle, Content content, List<RedactionSpan> spans, Route route,
            OfficeClock clock) {
        Actor editor = actor(agency, StaffRole.EDITOR);
        Actor reviewer = actor(agency, StaffRole.REVIEWER);
        Actor legal = route.legalReviewer() == null ? actor(agency, StaffRole.LEGAL_REVIEWER)
                : actors.get(route.legalReviewer());
        Actor approver = actor(agency, StaffRole.APPROVER);
        boolean major = content instanceof DecisionContent d && MAJOR.isMajor(d);
        DecisionStory.Rejection rejection = route.rejection();
        step(clock.on(route.created(), 5, 40), at -> workflow.submit(editor, handle.revisionId, at));
        step(clock.on(route.reviewed(), 5, 20), at -> confirmRedactions(reviewer, handle, spans, at));
        if (rejection != null && rejection.stage() == DecisionStory.Rejection.Stage.REVIEW) {
            step(clock.on(route.reviewed(), 20, 90),
                    at -> workflow.review(reviewer, handle.revisionId, Verdict.ISSUES, rejection.reasons(), at));
            resubmit(editor, handle, content, route.reviewed(), clock);
        }
        step(clock.on(route.reviewed(), 10, 60),
                at -> workflow.review(reviewer, handle.revisionId, Verdict.AGREE, null, at));
        if (major) {
            if (rejection != null && rejection.stage() == DecisionStory.Rejection.Stage.LEGAL_REVIEW) {
                step(clock.on(route.reviewed(), 30, 120), at -> workflow.legalReview(legal, handle.revisionId,
                        checklistWithIssue(), Verdict.ISSUES, rejection.reasons(), at));
                resubmit(editor, handle, content, route.reviewed(), clock);
                step(clock.on(route.reviewed(), 10, 40),
                        at -> workflow.review(reviewer, handle.revisionId, Verdict.AGREE, null, at));
            }
            step(clock.on(route.reviewed(), 30, 120), at -> workflow.legalReview(legal, handle.revisionId,
                    LegalReviewChecklist.allSatisfied(), Verdict.AGREE,
                    "经审核，执法主体合法，事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意。", at));
        }
        if (rejection != null && rejection.stage() == DecisionStory.Rejection.Stage.APPROVAL) {
            step(clock.afternoon(route.approved()),
                    at -> workflow.reject(approver, handle.revisionId, rejection.reasons(), at));
            resubmit(editor, handle, content, route.approved(), clock);
            step(clock.on(route.approved(), 10, 40),
                    at -> workflow.review(reviewer, handle.revisionId, Verdict.AGREE, null, at));
            if (major) {
                step(clock.on(route.approved(), 20, 60), at -> workflow.legalReview(legal, handle.revisionId,
                        LegalReviewChecklist.allSatisfied(), Verdict.AGREE, "经复核，补充后的执法依据准确，同意。", at));
            }
        }
        step(clock.afternoon(route.approved()), at -> workflow.approve(approver, handle.revisionId, null, at));
    }

    /**
     * 屏蔽确认 as the reviewer does it: each detector suggestion that hides a planted value is accepted with the
     * planted replacement, any other is rejected, and a planted value no detector found is redacted by hand.
     */
    private void confirmRedactions(Actor reviewer, Handle handle, List<RedactionSpan> planted, Instant at) {
        List<RedactionSpan> missing = new ArrayList<>(planted);
        for (RedactionReview.SpanView view : redactions.spans(reviewer, handle.revisionId)) {
            RedactionSpan expected = planted.stream().filter(p -> samePlace(p, view.span())).findFirst().orElse(null);
            if (expected != null) {
                missing.remove(expected);
            }
            if (view.status().pending()) {
                if (expected != null) {
                    redactions.accept(reviewer, view.id(), expected.replacement(), at);
                } else {
                    redactions.reject(reviewer, view.id(), at);
                }
            }
        }
        for (RedactionSpan span : missing) {
            redactions.add(reviewer, handle.revisionId, span, at);
        }
    }

    private static boolean samePlace(RedactionSpan a, RedactionSpan b) {
        return a.field().equals(b.field()) && a.start() == b.start() && a.length() == b.length();
    }

    private void resubmit(Actor editor, Handle handle, Content content, LocalDate day, OfficeClock clock) {
        step(clock.on(day, 20, 60), at -> workflow.edit(editor, handle.revisionId, content, null, at));
        step(clock.on(day, 5, 20), at -> workflow.submit(editor, handle.revisionId, at));
    }

    /** A legal review that finds the law not correctly applied (the draft's missing legal basis). */
    private static LegalReviewChecklist checklistWithIssue() {
        Map<LegalReviewChecklist.Point, Boolean> answers = new EnumMap<>(LegalReviewChecklist.allSatisfied().answers());
        answers.put(LegalReviewChecklist.Point.LAW_CORRECTLY_APPLIED, false);
        return new LegalReviewChecklist(answers);
    }

    /** 操作 — a workflow call made at a given time. */
    private interface Action {
        void run(Instant at);
    }

    private void step(Instant at, Action action) {
        agenda.at(at, () -> action.run(at));
    }

    private Actor actor(DemoAgency agency, StaffRole role) {
        return actors.get(DemoAccounts.holder(agency, role).username());
    }
}
