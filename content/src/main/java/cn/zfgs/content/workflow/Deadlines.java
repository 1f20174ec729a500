package cn.zfgs.content.workflow;

import cn.zfgs.content.calendar.HolidayArrangementJson;
import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.calendar.WorkdayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * 工作日历 in use: the shipped official arrangements plus the years staff have entered since.
 */
@ApplicationScoped
public class Deadlines {

    private static final WorkdayCalendar OFFICIAL = WorkdayCalendar.official();

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicationDeadlines current() {
        WorkdayCalendar calendar = OFFICIAL;
        List<?> entered = em.createNativeQuery("SELECT arrangement FROM holiday_arrangement ORDER BY arrangement_year")
                .getResultList();
        for (Object json : entered) {
            calendar = calendar.with(HolidayArrangementJson.parse(json.toString()));
        }
        return new PublicationDeadlines(calendar);
    }
}
