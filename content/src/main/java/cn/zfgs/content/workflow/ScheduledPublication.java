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

/**
 * 定时发布 — publishes approved revisions when their scheduled time arrives. Each revision is published in its own
 * transaction under a row lock, so several instances may run this job at once without publishing anything twice.
 */
@ApplicationScoped
public class ScheduledPublication {

    private static final Logger LOG = Logger.getLogger(ScheduledPublication.class);

    @Inject
    Workflow workflow;
    @Inject
    WorkflowConfig config;
    @Inject
    Scheduler scheduler;

    private final Clock clock = Clock.systemUTC();

    void start(@Observes StartupEvent event) {
        scheduler.newJob(ScheduledPublication.class.getName())
                .setInterval(config.scheduledPublicationInterval())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> publishDue())
                .schedule();
    }

    void publishDue() {
        Instant now = clock.instant();
        for (Long revisionId : workflow.scheduledDue(now)) {
            if (workflow.publishIfDue(revisionId, now)) {
                LOG.infof("定时发布：修订 %d 已发布", revisionId);
            }
        }
    }
}
