package cn.zfgs.content.workflow;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 公示期满撤下 — takes decisions down when their agency's publication period ends, each in its own transaction under a
 * row lock, through the same withdrawal path as staff use (tombstone, publication log event EXPIRED, record entry).
 */
@ApplicationScoped
public class PublicationExpiry {

    private static final Logger LOG = Logger.getLogger(PublicationExpiry.class);

    @Inject
    Workflow workflow;
    @Inject
    WorkflowConfig config;
    @Inject
    Scheduler scheduler;

    private final Clock clock = Clock.systemUTC();

    void start(@Observes StartupEvent event) {
        scheduler.newJob(PublicationExpiry.class.getName())
                .setInterval(config.publicationExpiryInterval())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> expireDue())
                .schedule();
    }

    /** Returns how many decisions came down. */
    public int expireDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Workflow.CHINA);
        int expired = 0;
        for (Long itemId : workflow.expiryCandidates(today)) {
            if (workflow.expireIfDue(itemId, today, now)) {
                expired++;
            }
        }
        if (expired > 0) {
            LOG.infof("公示期限届满：%d 件执法决定已自动撤下", expired);
        }
        return expired;
    }
}
