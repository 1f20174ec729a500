package cn.zfgs.portal.annual;

import cn.zfgs.content.published.PublishedAnnualReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 年报数据 — what the report pages need besides the rows ({@link cn.zfgs.content.report.ReportQueries}): the years
 * there is something to report on, and an agency's published (approved, frozen) report of a year.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnnualReportQueries {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    /** Years with at least one public decision, newest first. */
    public List<Integer> years() {
        return em.createQuery("SELECT DISTINCT YEAR(decisionDate) FROM PublishedDecision WHERE currentVersion = true "
                + "ORDER BY 1 DESC", Integer.class).getResultList();
    }

    /** The agency's published report of {@code year}, current version, if one was approved and not withdrawn. */
    public Optional<PublishedAnnualReport> published(Long agencyId, int year) {
        return em.createQuery("FROM PublishedAnnualReport WHERE currentVersion = true AND agencyId = :a "
                        + "AND year = :y ORDER BY itemId DESC", PublishedAnnualReport.class)
                .setParameter("a", agencyId).setParameter("y", year).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
