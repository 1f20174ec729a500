package cn.zfgs.content.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * 录入的节假日安排 — the working-day calendar with the years staff entered (the State Council's notices the product
 * does not ship) on top of the shipped ones. Reads only the year and the arrangement, which the public database role
 * may read too (not who entered it), so the public annual report counts working days as the deadlines do.
 */
@ApplicationScoped
public class EnteredArrangements {

    private static final WorkdayCalendar OFFICIAL = WorkdayCalendar.official();

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkdayCalendar calendar() {
        WorkdayCalendar calendar = OFFICIAL;
        List<?> entered = em.createNativeQuery("SELECT arrangement FROM holiday_arrangement ORDER BY arrangement_year")
                .getResultList();
        for (Object json : entered) {
            calendar = calendar.with(HolidayArrangementJson.parse(json.toString()));
        }
        return calendar;
    }
}
