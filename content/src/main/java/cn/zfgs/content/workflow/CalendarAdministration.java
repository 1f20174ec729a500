package cn.zfgs.content.workflow;

import cn.zfgs.content.calendar.DueDate;
import cn.zfgs.content.calendar.HolidayArrangement;
import cn.zfgs.content.calendar.HolidayArrangementJson;
import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.DecisionTimeline;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * 节假日安排录入 — a 系统管理员 enters the State Council's holiday arrangement of a year the product does not ship
 * (each December's notice). Deadlines computed without it were marked provisional; they are counted again at once.
 */
@ApplicationScoped
public class CalendarAdministration {

    /** Fired when a year's arrangement has been entered, so that cached calendars are dropped once it commits. */
    public record ArrangementEntered(int year) {
    }

    @Inject
    EntityManager em;
    @Inject
    RecordChain record;
    @Inject
    Deadlines deadlines;
    @Inject
    Event<ArrangementEntered> entered;

    /** Returns how many provisional deadlines were counted again. */
    @Transactional
    public int enter(Actor actor, String json, Instant at) {
        if (!actor.has(StaffRole.ADMINISTRATOR)) {
            throw new WorkflowException("录入节假日安排需要" + StaffRole.ADMINISTRATOR.label() + "角色");
        }
        HolidayArrangement arrangement;
        WorkdayCalendar calendar;
        try {
            arrangement = HolidayArrangementJson.parse(json);
            if (WorkdayCalendar.official().covers(arrangement.year())) {
                throw new WorkflowException(arrangement.year() + " 年的节假日安排已随系统内置（依据国务院办公厅通知），不能另行录入");
            }
            calendar = deadlines.load().with(arrangement);
        } catch (IllegalArgumentException invalid) {
            throw new WorkflowException("节假日安排：" + invalid.getMessage());
        }
        String canonical = HolidayArrangementJson.write(arrangement);
        int updated = em.createNativeQuery("UPDATE holiday_arrangement SET arrangement = ?1, entered_by = ?2, "
                        + "entered_at = ?3 WHERE arrangement_year = ?4")
                .setParameter(1, canonical).setParameter(2, actor.id()).setParameter(3, at)
                .setParameter(4, arrangement.year())
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO holiday_arrangement (arrangement_year, arrangement, entered_by, "
                            + "entered_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, arrangement.year()).setParameter(2, canonical).setParameter(3, actor.id())
                    .setParameter(4, at)
                    .executeUpdate();
        }
        int recounted = recountProvisional(new PublicationDeadlines(calendar));
        record.append(actor.recordName(), RecordAction.ADMINISTER, "holidays:" + arrangement.year(), canonical, at);
        entered.fire(new ArrangementEntered(arrangement.year()));
        return recounted;
    }

    private int recountProvisional(PublicationDeadlines counted) {
        var provisional = em.createQuery("FROM DecisionTimeline WHERE dueProvisional = true", DecisionTimeline.class)
                .getResultList();
        for (DecisionTimeline timeline : provisional) {
            DueDate due = counted.publicationDue(timeline.decisionType(), timeline.decisionDate());
            Integer used = timeline.publishedOn() == null ? null
                    : counted.assessPublication(timeline.decisionType(), timeline.decisionDate(),
                            timeline.publishedOn()).workdaysUsed();
            timeline.recount(due.date(), due.provisional(), used);
        }
        return provisional.size();
    }
}
