package cn.zfgs.content.feedback;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * 纠错工单处理 — staff of the agency that published a page accept a report (and start the correction) or close it
 * with a reply. Each change is kept as an {@link ErrorReportEvent} and appended to the full-process record.
 */
@ApplicationScoped
public class ErrorReportTriage {

    /** Those who may handle tickets: whoever edits, reviews or answers for the agency's publications. */
    public static final Set<StaffRole> HANDLERS = EnumSet.of(StaffRole.EDITOR, StaffRole.REVIEWER,
            StaffRole.APPROVER);

    @Inject
    EntityManager em;
    @Inject
    RecordChain record;

    @Transactional
    public ErrorReport accept(Actor actor, Long reportId, Instant at) {
        ErrorReport report = report(actor, reportId);
        report.accept(actor.id(), at);
        recordChange(actor, report, null, at);
        return report;
    }

    @Transactional
    public void close(Actor actor, Long reportId, ErrorReport.Status outcome, String reply, Instant at) {
        ErrorReport report = report(actor, reportId);
        report.close(outcome, reply, actor.id(), at);
        recordChange(actor, report, report.reply(), at);
    }

    private void recordChange(Actor actor, ErrorReport report, String note, Instant at) {
        em.persist(new ErrorReportEvent(report.id(), report.status(), actor.id(), at, note));
        record.append(actor.recordName(), RecordAction.TRIAGE, "error-report:" + report.id(),
                report.status() + (note == null ? "" : ";" + note), at);
    }

    private ErrorReport report(Actor actor, Long reportId) {
        if (HANDLERS.stream().noneMatch(actor::has)) {
            throw new WorkflowException("处理纠错工单需要承办人、审核人或负责人角色");
        }
        ErrorReport report = em.find(ErrorReport.class, reportId);
        if (report == null || !actor.actsFor(report.agencyId())) {
            throw new WorkflowException("只能处理本机关或授权的下级机关的纠错工单");
        }
        return report;
    }
}
