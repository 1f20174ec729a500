package cn.zfgs.portal.support;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Publishes and withdraws decisions through the real workflow, for tests of what the public outputs show. */
@ApplicationScoped
public class Publications {

    @Inject
    Workflow workflow;
    @Inject
    Fixtures fixtures;

    /** A new decision, published; returns its item id. */
    public long publishDecision(Fixtures.Team team, String documentNumber) {
        Revision draft = workflow.create(team.editor(), team.agencyId(),
                Fixtures.penalty(documentNumber, new BigDecimal("5000")), Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        return draft.itemId();
    }

    public void withdraw(Fixtures.Team team, long itemId) {
        workflow.withdraw(team.approver(), itemId, WithdrawalReason.REVOKED,
                "南昌市人民政府行政复议决定书 洪府复决字〔2026〕9号", null, LocalDate.now(Workflow.CHINA), Instant.now());
    }
}
