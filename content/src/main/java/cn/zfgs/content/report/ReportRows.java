package cn.zfgs.content.report;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.WithdrawalReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 年报原始数据 — the rows of the published tables an annual report is counted from, already reduced to what the
 * statistics need (no party names, no text but the public change notes).
 *
 * @param decisions   the current version of every public decision
 * @param corrections every published correction (a version after the first)
 * @param withdrawals every withdrawal notice of a decision
 * @param inspections the current version of every random-inspection result
 */
public record ReportRows(List<Decision> decisions, List<Correction> corrections, List<Withdrawal> withdrawals,
        List<Inspection> inspections) {

    /** 执法决定 — one public decision; {@code firstPublishedOn} is the Beijing date of its first version. */
    public record Decision(long agencyId, DecisionType type, LocalDate decisionDate, LocalDate firstPublishedOn,
            BigDecimal fine, BigDecimal confiscated, String result) {
    }

    /** 更正 — a correction published on {@code publishedOn} with its public change note. */
    public record Correction(long agencyId, String documentNumber, LocalDate publishedOn, String changeNote) {
    }

    /** 撤回 — a decision taken down on {@code withdrawnOn}, and why. */
    public record Withdrawal(long agencyId, WithdrawalReason reason, LocalDate withdrawnOn) {
    }

    /** 抽查结果 — one random inspection. */
    public record Inspection(long agencyId, LocalDate inspectedOn, InspectionOutcome outcome) {
    }
}
