package cn.zfgs.content.workflow;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.AgencyPolicy;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * 机关公示规则 — reads and sets each agency's standard for 重大执法决定 and its publication periods. A new standard
 * applies to revisions created or edited after it is set; decisions already published keep the period they now
 * have, which the expiry job reads afresh each time.
 */
@ApplicationScoped
public class AgencyPolicies {

    @Inject
    EntityManager em;
    @Inject
    RecordChain record;

    @Transactional(Transactional.TxType.SUPPORTS)
    public MajorDecisionPolicy majorPolicy(Long agencyId) {
        AgencyPolicy policy = em.find(AgencyPolicy.class, agencyId);
        return policy == null ? MajorDecisionPolicy.defaults() : policy.majorDecisionPolicy();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicationPeriods publicationPeriods(Long agencyId) {
        AgencyPolicy policy = em.find(AgencyPolicy.class, agencyId);
        return policy == null ? PublicationPeriods.none() : policy.publicationPeriods();
    }

    /** Agencies with at least one publication period: the only ones whose decisions can expire. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgencyPolicy> withPublicationPeriods() {
        return em.createQuery("FROM AgencyPolicy p WHERE p.minorMonths IS NOT NULL OR p.periodMonths IS NOT EMPTY",
                AgencyPolicy.class).getResultList();
    }

    /** Sets the agency's policy: its 系统管理员, or one of a superior agency granted over it. */
    @Transactional
    public void configure(Actor actor, Long agencyId, MajorDecisionPolicy major, PublicationPeriods periods,
            Instant at) {
        if (!actor.has(StaffRole.ADMINISTRATOR)) {
            throw new WorkflowException("设置公示规则需要" + StaffRole.ADMINISTRATOR.label() + "角色");
        }
        if (!actor.actsFor(agencyId)) {
            throw new WorkflowException("只能设置本机关或授权的下级机关的公示规则");
        }
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null) {
            throw new WorkflowException("执法主体不存在：" + agencyId);
        }
        AgencyPolicy policy = em.find(AgencyPolicy.class, agencyId);
        if (policy == null) {
            policy = new AgencyPolicy(agencyId);
            policy.configure(major, periods, actor.id(), at);
            em.persist(policy);
        } else {
            policy.configure(major, periods, actor.id(), at);
        }
        record.append(actor.recordName(), RecordAction.ADMINISTER, "agency-policy:" + agencyId,
                describe(major, periods), at);
    }

    static String describe(MajorDecisionPolicy major, PublicationPeriods periods) {
        return "major=" + major.naturalPersonFine().toPlainString() + "/" + major.organisationFine().toPlainString()
                + "/" + major.alwaysMajorTypes().stream().map(Enum::name).sorted().toList()
                + ";periods=" + periods.months().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                        .sorted().toList()
                + ";minor=" + (periods.minorPenalty() == null ? "none"
                        : periods.minorPenalty().naturalPersonFine().toPlainString() + "/"
                                + periods.minorPenalty().organisationFine().toPlainString() + "/"
                                + periods.minorPenalty().months());
    }
}
