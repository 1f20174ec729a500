package cn.zfgs.content.workflow;

import cn.zfgs.content.calendar.EnteredArrangements;
import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.report.AnnualReports;
import cn.zfgs.content.report.ReportQueries;
import cn.zfgs.content.report.ReportRows;
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
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 年报草稿 — from the first working day of January of year Y+1 until the 31 January deadline, drafts every public
 * agency's annual report of year Y from the published tables (the agency and the agencies below it, as the public
 * report page counts them) and hands it to the agency's staff: an editor submits it, a reviewer reviews it, the head
 * approves it, and the published version keeps the figures as approved. A draft nobody has submitted yet is counted
 * again on each run, so decisions of late December published in January are in it; once submitted it is left alone.
 */
@ApplicationScoped
public class AnnualReportDrafts {

    private static final Logger LOG = Logger.getLogger(AnnualReportDrafts.class);

    @Inject
    Workflow workflow;
    @Inject
    ReportQueries queries;
    @Inject
    EnteredArrangements calendars;
    @Inject
    WorkflowConfig config;
    @Inject
    Scheduler scheduler;

    private final Clock clock = Clock.systemUTC();

    void start(@Observes StartupEvent event) {
        scheduler.newJob(AnnualReportDrafts.class.getName())
                .setInterval(config.annualReportInterval())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> {
                    Instant now = clock.instant();
                    run(LocalDate.ofInstant(now, Workflow.CHINA), now);
                })
                .schedule();
    }

    /**
     * Drafts (or counts again) last year's reports when {@code today} falls in the drafting period; returns what was
     * done per agency, nothing outside the period. Tests call this with the day they need.
     */
    public Map<Workflow.SystemDraft, Integer> run(LocalDate today, Instant at) {
        WorkdayCalendar calendar = calendars.calendar();
        if (!draftingPeriod(today, calendar)) {
            return Map.of();
        }
        Map<Workflow.SystemDraft, Integer> done = draft(today.getYear() - 1, calendar, at);
        if (done.getOrDefault(Workflow.SystemDraft.CREATED, 0) + done.getOrDefault(Workflow.SystemDraft.REFRESHED, 0)
                > 0) {
            LOG.infof("年报草稿（%d 年度）：%s", today.getYear() - 1, done);
        }
        return done;
    }

    /** From the first working day of January to 31 January, the day reports must be published by. */
    public static boolean draftingPeriod(LocalDate today, WorkdayCalendar calendar) {
        return today.getMonth() == Month.JANUARY && !today.isBefore(firstWorkday(today.getYear(), calendar));
    }

    /** The first working day of the year (2 January when New Year's Day falls on a Friday, and so on). */
    public static LocalDate firstWorkday(int year, WorkdayCalendar calendar) {
        LocalDate day = LocalDate.of(year, 1, 1);
        while (!calendar.isWorkday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Drafts the report of {@code year} for every public agency. */
    public Map<Workflow.SystemDraft, Integer> draft(int year, WorkdayCalendar calendar, Instant at) {
        ReportRows rows = queries.rows(year);
        List<PublishedAgency> all = queries.agencies();
        Map<Workflow.SystemDraft, Integer> done = new EnumMap<>(Workflow.SystemDraft.class);
        for (PublishedAgency agency : all) {
            var content = AnnualReports.compose(year, queries.withSubordinates(agency, all), rows, calendar);
            done.merge(workflow.systemDraft(agency.agencyId(), content, at), 1, Integer::sum);
        }
        return done;
    }
}
