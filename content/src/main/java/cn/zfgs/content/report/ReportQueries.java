package cn.zfgs.content.report;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.published.PublishedAgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 年报数据 — reads one year's rows of the published tables an annual report counts (nothing else: no entity of the
 * editorial model, no unredacted text), and the agency tree the report rolls up along. Used by the public report
 * page (figures not yet approved) and by the drafts the workflow makes in January.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueries {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    /** The rows of {@code year}: decisions made in it, corrections, withdrawals and inspections dated in it. */
    public ReportRows rows(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Instant start = from.atStartOfDay(CHINA).toInstant();
        Instant end = to.atStartOfDay(CHINA).toInstant();
        List<ReportRows.Decision> decisions = em.createQuery("SELECT d.agencyId, d.decisionType, d.decisionDate, "
                        + "(SELECT MIN(v.publishedAt) FROM PublishedDecision v WHERE v.itemId = d.itemId), "
                        + "d.fineAmount, d.confiscatedAmount, d.result FROM PublishedDecision d "
                        + "WHERE d.currentVersion = true AND d.decisionDate >= :from AND d.decisionDate < :to",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(r -> new ReportRows.Decision((Long) r[0], (DecisionType) r[1], (LocalDate) r[2],
                        ((Instant) r[3]).atZone(CHINA).toLocalDate(), (BigDecimal) r[4], (BigDecimal) r[5],
                        (String) r[6]))
                .toList();
        List<ReportRows.Correction> corrections = em.createQuery("SELECT d.agencyId, d.documentNumber, "
                        + "d.publishedAt, d.changeNote FROM PublishedDecision d "
                        + "WHERE d.version > 1 AND d.publishedAt >= :start AND d.publishedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end)
                .getResultStream()
                .map(r -> new ReportRows.Correction((Long) r[0], (String) r[1],
                        ((Instant) r[2]).atZone(CHINA).toLocalDate(), (String) r[3]))
                .toList();
        List<ReportRows.Withdrawal> withdrawals = em.createQuery("SELECT t.agencyId, t.reason, t.withdrawnAt "
                        + "FROM Tombstone t WHERE t.kind = :kind AND t.withdrawnAt >= :start AND t.withdrawnAt < :end",
                        Object[].class)
                .setParameter("kind", ContentKind.DECISION).setParameter("start", start).setParameter("end", end)
                .getResultStream()
                .map(r -> new ReportRows.Withdrawal((Long) r[0], (WithdrawalReason) r[1],
                        ((Instant) r[2]).atZone(CHINA).toLocalDate()))
                .toList();
        List<ReportRows.Inspection> inspections = em.createQuery("SELECT i.agencyId, i.inspectedOn, i.outcome "
                        + "FROM PublishedInspectionResult i WHERE i.currentVersion = true "
                        + "AND i.inspectedOn >= :from AND i.inspectedOn < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(r -> new ReportRows.Inspection((Long) r[0], (LocalDate) r[1], (InspectionOutcome) r[2]))
                .toList();
        return new ReportRows(decisions, corrections, withdrawals, inspections);
    }

    /** Every published agency, by level and region. */
    public List<PublishedAgency> agencies() {
        return em.createQuery("FROM PublishedAgency WHERE currentVersion = true ORDER BY level, regionCode, code",
                PublishedAgency.class).getResultList();
    }

    /** The agency and every public agency below it, the agency first, then level by level. */
    public List<PublishedAgency> withSubordinates(PublishedAgency top, List<PublishedAgency> all) {
        Set<PublishedAgency> found = new LinkedHashSet<>();
        Deque<PublishedAgency> queue = new ArrayDeque<>(List.of(top));
        while (!queue.isEmpty()) {
            PublishedAgency agency = queue.removeFirst();
            if (found.add(agency)) {
                all.stream().filter(a -> agency.agencyId().equals(a.parentAgencyId())).forEach(queue::addLast);
            }
        }
        return List.copyOf(found);
    }
}
