package cn.zfgs.content.demo;

import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.demo.DecisionFactory.GeneratedDecision;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.MajorDecisionPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * 决定的经历 — how one demo decision goes through the workflow, planned without a database: the working days it is
 * created, reviewed and approved on (1–9 working days after the decision, so that a few miss the 7-day deadline),
 * a rejection and resubmission now and then, who does the legal review of a county decision, and whether it is
 * later corrected or withdrawn.
 *
 * @param firstVersion what is published first: the final content, or — when a correction follows — the content with
 *                     the data-entry error the correction fixes
 */
record DecisionStory(GeneratedDecision decision, DecisionContent firstVersion, Rejection rejection, LocalDate created,
        LocalDate reviewed, LocalDate approved, boolean cityLegalReviewer, Correction correction, Takedown takedown) {

    /** 退回 — at which stage the first submission is sent back, the legal basis the draft lacked, and why. */
    record Rejection(Stage stage, String missingBasis, String reasons) {

        /** 退回环节 — 审核, 法制审核 or 批准. */
        enum Stage { REVIEW, LEGAL_REVIEW, APPROVAL }

        /** The draft first submitted: the version without the missing basis. */
        DecisionContent draftOf(DecisionContent version) {
            List<String> bases = new ArrayList<>(version.legalBases());
            bases.remove(missingBasis);
            return new DecisionContent(version.documentNumber(), version.decisionType(), version.partyName(),
                    version.partyKind(), version.partyCreditCode(), version.enforcementItemId(), version.facts(), bases,
                    version.result(), version.fineAmount(), version.confiscatedAmount(), version.decisionDate(),
                    version.hearingHeld(), version.licenceRevoked());
        }
    }

    /** 更正 — the public change note and the days the correcting revision is written, reviewed and approved. */
    record Correction(String changeNote, LocalDate created, LocalDate reviewed, LocalDate approved) {
    }

    /** 撤回 — why, on which document, when the agency learned of it and when it took the decision down. */
    record Takedown(WithdrawalReason reason, String basisDocument, String note, LocalDate learnedOn,
            LocalDate withdrawnOn) {
    }

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();
    /** The decisions a reconsideration, a court or the agency itself revokes in the demo. */
    private static final Set<DecisionType> WITHDRAWABLE = EnumSet.of(DecisionType.PENALTY, DecisionType.LICENSING,
            DecisionType.COERCION);

    static DecisionStory plan(DecisionSchedule.Slot slot, GeneratedDecision decision, long seed) {
        Random random = new Random(DecisionFactory.mix(seed ^ 0x570_4E5L, slot.index()));
        DecisionContent content = decision.content();
        LocalDate day = content.decisionDate();
        boolean sevenDays = content.decisionType() == DecisionType.LICENSING
                || content.decisionType() == DecisionType.PENALTY;
        int lag = sevenDays ? (random.nextInt(100) < 7 ? 8 + random.nextInt(2) : 1 + random.nextInt(6))
                : 1 + random.nextInt(9);
        LocalDate created = CALENDAR.addWorkdays(day, 1);
        LocalDate approved = CALENDAR.addWorkdays(day, lag);
        LocalDate reviewed = CALENDAR.addWorkdays(day, 1 + random.nextInt(lag));

        Correction correction = null;
        DecisionContent first = content;
        Takedown takedown = null;
        int roll = random.nextInt(100);
        if (roll < 6) {
            Erroneous erroneous = erroneous(content, random);
            if (erroneous != null) {
                first = erroneous.version();
                LocalDate noticed = CALENDAR.addWorkdays(approved, 10 + random.nextInt(60));
                LocalDate checked = CALENDAR.addWorkdays(noticed, random.nextInt(2));
                correction = new Correction(erroneous.note(), noticed, checked,
                        CALENDAR.addWorkdays(checked, random.nextInt(3)));
            }
        } else if (roll < 10 && WITHDRAWABLE.contains(content.decisionType())) {
            takedown = takedown(slot, random, CALENDAR.addWorkdays(approved, 25 + random.nextInt(120)));
        }
        boolean major = MajorDecisionPolicy.defaults().isMajor(first);
        Rejection rejection = random.nextInt(100) < (major ? 25 : 10) && first.legalBases().size() >= 2
                ? rejection(random, first, major) : null;
        boolean cityLegal = slot.agency() == DemoAgency.COUNTY_MARKET && random.nextInt(100) < 40;
        return new DecisionStory(decision, first, rejection, created, reviewed, approved, cityLegal, correction,
                takedown);
    }

    /** 录入错误的版本 — the first published version and the change note that later corrects it. */
    private record Erroneous(DecisionContent version, String note) {
    }

    /** The version with a data-entry error in a structured field; the texts, and so the spans, stay the same. */
    private static Erroneous erroneous(DecisionContent c, Random random) {
        if (c.fineAmount() != null && (c.partyCreditCode() == null || random.nextInt(5) > 0)) {
            BigDecimal wrong = c.fineAmount().multiply(BigDecimal.TEN);
            return new Erroneous(with(c, wrong, c.partyCreditCode()), "原公示的罚款金额有误（误录为"
                    + CaseFile.money(wrong) + "），更正为" + CaseFile.money(c.fineAmount()) + "。");
        }
        if (c.partyCreditCode() != null) {
            // The code of another entity, so it passes the check-character validation: the likely slip is a mix-up.
            String code = c.partyCreditCode();
            int at = 10 + random.nextInt(6);
            char other = DemoCodes.CREDIT_CODE_CHARS.charAt((DemoCodes.CREDIT_CODE_CHARS.indexOf(code.charAt(at))
                    + 1 + random.nextInt(9)) % DemoCodes.CREDIT_CODE_CHARS.length());
            String wrong = DemoCodes.complete(code.substring(0, at) + other + code.substring(at + 1, 16));
            return new Erroneous(with(c, c.fineAmount(), wrong), "原公示的当事人统一社会信用代码有误（误录为" + wrong
                    + "），更正为" + code + "。");
        }
        return null;
    }

    private static DecisionContent with(DecisionContent c, BigDecimal fine, String creditCode) {
        return new DecisionContent(c.documentNumber(), c.decisionType(), c.partyName(), c.partyKind(), creditCode,
                c.enforcementItemId(), c.facts(), c.legalBases(), c.result(), fine, c.confiscatedAmount(),
                c.decisionDate(), c.hearingHeld(), c.licenceRevoked());
    }

    /** Only a major decision meets a legal reviewer who could send it back; most of its rejections are hers. */
    private static Rejection rejection(Random random, DecisionContent first, boolean major) {
        String missing = first.legalBases().get(first.legalBases().size() - 1);
        List<Rejection.Stage> stages = major
                ? List.of(Rejection.Stage.REVIEW, Rejection.Stage.LEGAL_REVIEW, Rejection.Stage.LEGAL_REVIEW,
                        Rejection.Stage.APPROVAL)
                : List.of(Rejection.Stage.REVIEW, Rejection.Stage.APPROVAL);
        Rejection.Stage stage = stages.get(random.nextInt(stages.size()));
        String reasons = switch (stage) {
            case REVIEW -> "执法依据不完整：未列明" + missing + "，请补充后重新提交。";
            case LEGAL_REVIEW -> "适用法律依据不完整，" + missing + "未列入执法依据，请承办人补充后重新提交审核。";
            case APPROVAL -> "请核对执法依据，补充" + missing + "后再报批。";
        };
        return new Rejection(stage, missing, reasons);
    }

    /**
     * A withdrawal the agency learns of on {@code learnedOn}: a reconsideration decision of the government at the
     * agency's level (行政复议法 2023, art. 24), a county court judgment, or the agency's own revocation.
     */
    private static Takedown takedown(DecisionSchedule.Slot slot, Random random, LocalDate learnedOn) {
        DemoAgency agency = slot.agency();
        int year = learnedOn.getYear();
        String government = DemoProcedures.reconsiderationOrgan(agency);
        String reconsideration = government + "行政复议决定书（" + switch (agency) {
            case PROVINCE_DRUGS, PROVINCE_HEALTH -> "赣府复决字";
            case CITY_MARKET -> "洪府复决字";
            case COUNTY_MARKET -> "进府复决字";
        } + "〔" + year + "〕" + (10 + random.nextInt(190)) + "号）";
        LocalDate withdrawnOn = CALENDAR.addWorkdays(learnedOn, random.nextInt(10) < 9 ? random.nextInt(4) : 4);
        return switch (random.nextInt(4)) {
            case 0 -> new Takedown(WithdrawalReason.REVOKED, reconsideration, "行政复议机关以主要事实不清、证据不足为由撤销原决定。",
                    learnedOn, withdrawnOn);
            case 1 -> new Takedown(WithdrawalReason.REVOKED, agency.agencyName() + "关于撤销" + slot.documentNumber()
                    + "的决定（" + agency.documentNumber(DecisionType.OTHER, year, 900 + random.nextInt(99)) + "）",
                    "本机关在执法监督检查中发现原决定适用依据错误，依法自行撤销。", learnedOn, withdrawnOn);
            case 2 -> new Takedown(WithdrawalReason.CONFIRMED_UNLAWFUL, agency == DemoAgency.COUNTY_MARKET
                    ? "进贤县人民法院行政判决书（（" + year + "）赣0124行初" + (1 + random.nextInt(80)) + "号）" : reconsideration,
                    "原决定程序轻微违法，确认违法。", learnedOn, withdrawnOn);
            default -> new Takedown(WithdrawalReason.TO_BE_REMADE, reconsideration,
                    "行政复议机关撤销原决定，责令本机关在六十日内重新作出行政行为。", learnedOn, withdrawnOn);
        };
    }
}
