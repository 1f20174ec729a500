package cn.zfgs.content.published;

import cn.zfgs.content.model.AgencyProfile;
import cn.zfgs.content.model.AnnualReportContent;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DiscretionBenchmarkContent;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.InspectionResultContent;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.RightsNoticeContent;
import cn.zfgs.content.model.ServiceGuideContent;
import cn.zfgs.content.model.WithdrawalReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * 发布器 — the write side of the published model: writes a projection or removes one, and appends the matching
 * publication log event in the same transaction. Only the workflow calls it; public code only reads.
 */
@ApplicationScoped
public class Publisher {

    @Inject
    EntityManager em;
    @Inject
    PublicationLog log;

    /**
     * Publishes {@code redacted} as the item's new current version; the previous version, if any, stays in the
     * public history. {@code agency} is needed for kind AGENCY only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationEvent publish(PublicationStamp stamp, Content redacted, PublishedAgency.AgencyFacts agency) {
        ContentKind kind = redacted.kind();
        int superseded = em.createQuery("UPDATE " + entityName(kind)
                        + " SET currentVersion = false WHERE itemId = :item AND currentVersion = true")
                .setParameter("item", stamp.itemId())
                .executeUpdate();
        em.persist(projection(stamp, redacted, agency));
        return log.append(superseded > 0 ? PublicationEvent.Kind.CORRECTED : PublicationEvent.Kind.PUBLISHED, kind,
                stamp.itemId(), stamp.version(), stamp.publishedAt());
    }

    /** Removes every published version of the item and leaves its tombstone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationEvent withdraw(ContentKind kind, Long itemId, int lastVersion, Long agencyId,
            WithdrawalReason reason, String basisDocument, Instant at) {
        em.createQuery("DELETE FROM " + entityName(kind) + " WHERE itemId = :item")
                .setParameter("item", itemId)
                .executeUpdate();
        em.persist(new Tombstone(itemId, kind, agencyId, reason, basisDocument, at));
        return log.append(reason == WithdrawalReason.PERIOD_EXPIRED ? PublicationEvent.Kind.EXPIRED
                : PublicationEvent.Kind.WITHDRAWN, kind, itemId, lastVersion, at);
    }

    static String entityName(ContentKind kind) {
        return entityClass(kind).getSimpleName();
    }

    /** The projection table of each kind. */
    public static Class<? extends PublishedVersion> entityClass(ContentKind kind) {
        return switch (kind) {
            case AGENCY -> PublishedAgency.class;
            case OFFICER -> PublishedOfficer.class;
            case ENFORCEMENT_ITEM -> PublishedEnforcementItem.class;
            case SERVICE_GUIDE -> PublishedServiceGuide.class;
            case FLOWCHART -> PublishedFlowchart.class;
            case RIGHTS_NOTICE -> PublishedRightsNotice.class;
            case DISCRETION_BENCHMARK -> PublishedDiscretionBenchmark.class;
            case DECISION -> PublishedDecision.class;
            case INSPECTION_RESULT -> PublishedInspectionResult.class;
            case ANNUAL_REPORT -> PublishedAnnualReport.class;
        };
    }

    private static PublishedVersion projection(PublicationStamp stamp, Content c, PublishedAgency.AgencyFacts agency) {
        if (c instanceof AgencyProfile p) {
            return new PublishedAgency(stamp, agency, p);
        } else if (c instanceof OfficerContent o) {
            return new PublishedOfficer(stamp, o);
        } else if (c instanceof EnforcementItemContent i) {
            return new PublishedEnforcementItem(stamp, i);
        } else if (c instanceof ServiceGuideContent g) {
            return new PublishedServiceGuide(stamp, g);
        } else if (c instanceof FlowchartContent f) {
            return new PublishedFlowchart(stamp, f);
        } else if (c instanceof RightsNoticeContent r) {
            return new PublishedRightsNotice(stamp, r);
        } else if (c instanceof DiscretionBenchmarkContent b) {
            return new PublishedDiscretionBenchmark(stamp, b);
        } else if (c instanceof DecisionContent d) {
            return new PublishedDecision(stamp, d);
        } else if (c instanceof InspectionResultContent r) {
            return new PublishedInspectionResult(stamp, r);
        } else if (c instanceof AnnualReportContent r) {
            return new PublishedAnnualReport(stamp, r);
        }
        throw new IllegalArgumentException("unknown content " + c.getClass());
    }
}
