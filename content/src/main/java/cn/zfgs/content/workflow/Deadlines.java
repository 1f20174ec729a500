package cn.zfgs.content.workflow;

import cn.zfgs.content.calendar.EnteredArrangements;
import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.calendar.WorkdayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;

/**
 * 工作日历 in use: the shipped official arrangements plus the years staff have entered since. Kept in memory; this
 * instance forgets it when a year entered here commits, and reloads it every {@link #RELOAD_AFTER} so that a year entered
 * on another instance reaches this one too.
 */
@ApplicationScoped
public class Deadlines {

    static final Duration RELOAD_AFTER = Duration.ofMinutes(5);

    private record Loaded(PublicationDeadlines deadlines, long atNanos) {
    }

    @Inject
    EnteredArrangements entered;

    private volatile Loaded loaded;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicationDeadlines current() {
        Loaded now = loaded;
        if (now == null || System.nanoTime() - now.atNanos() > RELOAD_AFTER.toNanos()) {
            now = new Loaded(new PublicationDeadlines(load()), System.nanoTime());
            loaded = now;
        }
        return now.deadlines();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarAdministration.ArrangementEntered entered) {
        loaded = null;
    }

    WorkdayCalendar load() {
        return entered.calendar();
    }
}
