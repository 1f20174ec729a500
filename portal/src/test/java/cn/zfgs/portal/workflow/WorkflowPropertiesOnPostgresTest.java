package cn.zfgs.portal.workflow;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.LegalReviewChecklist;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.record.RecordChain;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow's promises on the real database, under random use: seeded random sequences of every staff action by
 * random members of an agency — including one who holds every role and so is often the submitter — on a handful of
 * decisions, some major. Most attempts are refused; whatever happens, afterwards no projection lacks its log event,
 * no withdrawn item is still public, nothing major went public without a legal review AGREE after its last
 * submission, no submitter approved, and the record chain verifies. (jqwik cannot start a Quarkus application, so
 * the seeds are listed here: a failure names its seed, and rerunning it replays the same sequence.)
 */
@QuarkusTest
class WorkflowPropertiesOnPostgresTest {

    private static final int ACTIONS = 120;

    @Inject
    Workflow workflow;
    @Inject
    Fixtures fixtures;
    @Inject
    RecordChain record;
    @Inject
    Sql sql;

    private enum Kind { CREATE, EDIT, SUBMIT, REVIEW, LEGAL_REVIEW, APPROVE, REJECT, CORRECT, WITHDRAW }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomUseNeverBreaksTheWorkflowsPromises(long seed) {
        Random random = new Random(seed);
        Fixtures.Team team = fixtures.team();
        Actor everyRole = fixtures.colleague(team, "all", EnumSet.of(StaffRole.EDITOR, StaffRole.REVIEWER,
                StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER));
        List<Actor> staff = List.of(team.editor(), team.reviewer(), team.legalReviewer(), team.approver(),
                team.secondApprover(), team.outsider(), everyRole);
        List<Revision> revisions = new ArrayList<>();
        Instant clock = Instant.parse("2026-03-03T02:00:00Z");
        int allowed = 0;
        for (int i = 0; i < ACTIONS; i++) {
            clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(90)));
            Revision target = revisions.isEmpty() ? null : revisions.get(random.nextInt(revisions.size()));
            Kind kind;
            Actor actor;
            if (target == null || random.nextInt(8) == 0) {
                kind = Kind.CREATE;
                actor = random.nextBoolean() ? team.editor() : everyRole;
            } else if (random.nextInt(3) == 0) {
                kind = Kind.values()[random.nextInt(Kind.values().length)];
                actor = staff.get(random.nextInt(staff.size()));
            } else {
                kind = naturalNext(sql.text("SELECT status FROM revision WHERE id = ?", target.id()), random);
                actor = holder(kind, team, everyRole, random);
            }
            try {
                Revision created = attempt(kind, actor, target, random, team, seed * 1000 + i, clock);
                if (created != null) {
                    revisions.add(created);
                }
                allowed++;
            } catch (WorkflowException refused) {
                // Refusals are the rules working; the invariants below say whether they were the right ones.
            }
        }
        assertThat(allowed).as("seed %d exercised the workflow", seed).isGreaterThan(ACTIONS / 3);
        assertThat(sql.count("SELECT COUNT(*) FROM pub_decision p JOIN content_item i ON i.id = p.item_id "
                + "WHERE i.agency_id = ?", team.agencyId())).as("seed %d published something", seed).isPositive();
        checkInvariants(team.agencyId(), seed);
    }

    /** What staff would usually do next with a revision in {@code status}. */
    private static Kind naturalNext(String status, Random random) {
        return switch (status) {
            case "DRAFT" -> random.nextInt(4) == 0 ? Kind.EDIT : Kind.SUBMIT;
            case "SUBMITTED" -> Kind.REVIEW;
            case "LEGAL_REVIEW" -> Kind.LEGAL_REVIEW;
            case "REVIEWED" -> random.nextInt(5) == 0 ? Kind.REJECT : Kind.APPROVE;
            case "PUBLISHED" -> random.nextInt(4) == 0 ? Kind.WITHDRAW : Kind.CORRECT;
            default -> Kind.CREATE;
        };
    }

    /** Someone holding the role for {@code kind}; often the colleague who holds every role. */
    private static Actor holder(Kind kind, Fixtures.Team team, Actor everyRole, Random random) {
        if (random.nextInt(3) == 0) {
            return everyRole;
        }
        return switch (kind) {
            case CREATE, EDIT, SUBMIT, CORRECT -> team.editor();
            case REVIEW -> team.reviewer();
            case LEGAL_REVIEW -> team.legalReviewer();
            case APPROVE, REJECT, WITHDRAW -> random.nextBoolean() ? team.approver() : team.secondApprover();
        };
    }

    private Revision attempt(Kind kind, Actor actor, Revision target, Random random, Fixtures.Team team, long serial,
            Instant at) {
        switch (kind) {
            case CREATE:
                return workflow.create(actor, team.agencyId(), decision(random, serial), at);
            case EDIT:
                workflow.edit(actor, target.id(), decision(random, serial), null, at);
                return null;
            case SUBMIT:
                workflow.submit(actor, target.id(), at);
                return null;
            case REVIEW:
                workflow.review(actor, target.id(), random.nextInt(4) == 0 ? Verdict.ISSUES : Verdict.AGREE,
                        random.nextBoolean() ? "事实部分需补充证据" : null, at);
                return null;
            case LEGAL_REVIEW:
                workflow.legalReview(actor, target.id(), random.nextInt(5) == 0 ? null
                        : LegalReviewChecklist.allSatisfied(), random.nextInt(4) == 0 ? Verdict.ISSUES : Verdict.AGREE,
                        random.nextBoolean() ? "法律适用需再核" : null, at);
                return null;
            case APPROVE:
                workflow.approve(actor, target.id(), null, at);
                return null;
            case REJECT:
                workflow.reject(actor, target.id(), random.nextBoolean() ? "请补正" : null, at);
                return null;
            case CORRECT:
                return workflow.correct(actor, target.itemId(), decision(random, serial),
                        random.nextBoolean() ? "更正罚款金额的笔误" : null, at);
            case WITHDRAW:
                workflow.withdraw(actor, target.itemId(), WithdrawalReason.REVOKED, "测复决字〔2026〕" + serial + "号",
                        null, LocalDate.of(2026, 3, 3), at);
                return null;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private static DecisionContent decision(Random random, long serial) {
        BigDecimal fine = random.nextInt(3) == 0 ? new BigDecimal("150000") : new BigDecimal(1000 + random.nextInt(9000));
        return Fixtures.penalty("测市监罚〔2026〕" + serial + "号", fine);
    }

    private void checkInvariants(Long agencyId, long seed) {
        String ofAgency = " AND i.agency_id = " + agencyId;
        assertThat(sql.count("SELECT COUNT(*) FROM pub_decision p JOIN content_item i ON i.id = p.item_id WHERE NOT "
                + "EXISTS (SELECT 1 FROM publication_log l WHERE l.item_id = p.item_id AND l.version = p.version "
                + "AND l.event IN ('PUBLISHED', 'CORRECTED'))" + ofAgency))
                .as("seed %d: projections without their log event", seed).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM content_item i WHERE i.published_version IS NOT NULL AND NOT "
                + "EXISTS (SELECT 1 FROM pub_decision p WHERE p.item_id = i.id AND p.is_current) AND NOT i.withdrawn"
                + ofAgency)).as("seed %d: published items without their current projection", seed).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM content_item i WHERE i.withdrawn AND (EXISTS (SELECT 1 FROM "
                + "pub_decision p WHERE p.item_id = i.id) OR NOT EXISTS (SELECT 1 FROM publication_log l WHERE "
                + "l.item_id = i.id AND l.event = 'WITHDRAWN') OR NOT EXISTS (SELECT 1 FROM pub_tombstone t WHERE "
                + "t.item_id = i.id))" + ofAgency)).as("seed %d: withdrawn items still public or untraced", seed)
                .isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM revision r JOIN content_item i ON i.id = r.item_id WHERE "
                + "r.approved_by = r.submitted_by" + ofAgency)).as("seed %d: submitters who approved", seed).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM revision r JOIN content_item i ON i.id = r.item_id WHERE "
                + "r.published_version IS NOT NULL AND r.major AND NOT EXISTS (SELECT 1 FROM review_opinion o WHERE "
                + "o.revision_id = r.id AND o.stage = 'LEGAL_REVIEW' AND o.verdict = 'AGREE' AND "
                + "o.given_at >= r.submitted_at)" + ofAgency))
                .as("seed %d: major decisions published without a legal review AGREE", seed).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM revision r JOIN content_item i ON i.id = r.item_id WHERE "
                + "r.published_version IS NOT NULL AND NOT EXISTS (SELECT 1 FROM review_opinion o WHERE "
                + "o.revision_id = r.id AND o.stage = 'APPROVAL' AND o.verdict = 'AGREE' AND "
                + "o.given_at >= r.submitted_at AND o.reviewer_id <> r.submitted_by)" + ofAgency))
                .as("seed %d: published without a four-eyes approval of the text submitted", seed).isZero();
        assertThat(record.verify().intact()).as("seed %d: the record chain", seed).isTrue();
    }
}
