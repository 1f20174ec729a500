package cn.zfgs.content.importing;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 导入写入 — puts one imported or pushed record into the editorial model through the {@link Workflow}, found again by
 * agency + natural key (文号, 执法证号, 事项编码): new → a draft (submitted if asked), same content → nothing at all,
 * changed draft → edited, changed published item → a correction (needs 更正说明), anything in review or withdrawn →
 * refused with the reason. Each call is all or nothing; so is each row of an import (ADR 0013).
 */
@ApplicationScoped
public class Importer {

    /** What one put did. */
    public enum Outcome {
        CREATED("新建"), UPDATED("更新"), UNCHANGED("无变化");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The outcome, the item and its latest revision with the status it is in now. */
    public record Result(Outcome outcome, Long itemId, Long revisionId, RevisionStatus status) {
    }

    @Inject
    EntityManager em;
    @Inject
    Workflow workflow;

    /**
     * Locks the agency for the rest of the transaction, so that two imports or pushes for one agency cannot both
     * find an identifier missing and create it twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAgency(Long agencyId) {
        if (em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new WorkflowException("机关不存在：" + agencyId);
        }
    }

    @Transactional
    public Result put(Actor actor, Long agencyId, Content content, String changeNote, boolean submit, Instant at) {
        if (!actor.has(StaffRole.EDITOR)) {
            throw new WorkflowException("导入需要" + StaffRole.EDITOR.label() + "角色");
        }
        if (!actor.actsFor(agencyId)) {
            throw new WorkflowException("只能导入到本机关或授权的下级机关（谁执法谁公示）");
        }
        lockAgency(agencyId);
        List<ContentItem> found = em.createQuery("FROM ContentItem WHERE agencyId = :a AND kind = :k "
                        + "AND naturalKey = :key ORDER BY id", ContentItem.class)
                .setParameter("a", agencyId).setParameter("k", content.kind())
                .setParameter("key", content.naturalKey()).getResultList();
        if (found.isEmpty()) {
            Revision created = workflow.create(actor, agencyId, content, at);
            return done(actor, Outcome.CREATED, created, submit, at);
        }
        if (found.size() > 1) {
            throw new WorkflowException("本机关已有 " + found.size() + " 条“" + content.naturalKey()
                    + "”，无法确定更新哪一条；请先在后台处理重复的内容");
        }
        ContentItem item = found.get(0);
        if (item.withdrawn()) {
            throw new WorkflowException("“" + content.naturalKey() + "”已撤回，不能通过导入再次公开");
        }
        Revision latest = em.createQuery("FROM Revision WHERE itemId = :i ORDER BY number DESC", Revision.class)
                .setParameter("i", item.id()).setMaxResults(1).getSingleResult();
        Content current = ContentJson.readContent(item.kind(), latest.payload());
        Content wanted = keepUnimported(current, content);
        if (comparable(current).equals(comparable(wanted))) {
            return new Result(Outcome.UNCHANGED, item.id(), latest.id(), latest.status());
        }
        switch (latest.status()) {
            case DRAFT -> {
                workflow.edit(actor, latest.id(), wanted, latest.changeNote(), at);
                return done(actor, Outcome.UPDATED, latest, submit, at);
            }
            case PUBLISHED -> {
                if (changeNote == null || changeNote.isBlank()) {
                    throw new InvalidContentException(List.of(new FieldError("changeNote",
                            "更正说明：该内容已公开，修改须填写更正说明（将随更正后的版本公开）")));
                }
                Revision correction = workflow.correct(actor, item.id(), wanted, changeNote, at);
                return done(actor, Outcome.UPDATED, correction, submit, at);
            }
            default -> throw new WorkflowException("“" + content.naturalKey() + "”正处于“" + latest.status().label()
                    + "”状态，不能由导入修改；请待审核流程处理完毕或退回后再导入");
        }
    }

    private Result done(Actor actor, Outcome outcome, Revision revision, boolean submit, Instant at) {
        if (submit) {
            workflow.submit(actor, revision.id(), at);
        }
        return new Result(outcome, revision.itemId(), revision.id(), revision.status());
    }

    /** A spreadsheet has no column for a decision's linked enforcement item: an import keeps the one set by hand. */
    private static Content keepUnimported(Content current, Content imported) {
        if (current instanceof DecisionContent c && imported instanceof DecisionContent d
                && d.enforcementItemId() == null && c.enforcementItemId() != null) {
            return new DecisionContent(d.documentNumber(), d.decisionType(), d.partyName(), d.partyKind(),
                    d.partyCreditCode(), c.enforcementItemId(), d.facts(), d.legalBases(), d.result(),
                    d.fineAmount(), d.confiscatedAmount(), d.decisionDate(), d.hearingHeld(), d.licenceRevoked());
        }
        return imported;
    }

    /** 5000 and 5000.00 are the same fine, whether a cell was formatted as a number or typed as text. */
    private static Content comparable(Content content) {
        if (content instanceof DecisionContent d) {
            return new DecisionContent(d.documentNumber(), d.decisionType(), d.partyName(), d.partyKind(),
                    d.partyCreditCode(), d.enforcementItemId(), d.facts(), d.legalBases(), d.result(),
                    plain(d.fineAmount()), plain(d.confiscatedAmount()), d.decisionDate(), d.hearingHeld(),
                    d.licenceRevoked());
        }
        return content;
    }

    private static BigDecimal plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }
}
