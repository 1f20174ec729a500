package cn.zfgs.content.report;

import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.WithdrawalReason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 行政执法统计年报 — an agency's enforcement statistics for one calendar year, counted from the published tables:
 * decisions by type and by month of the decision, fines (total and distribution), licences granted and refused,
 * random inspections by outcome, corrections with their change notes and withdrawals by reason, and timeliness — the
 * share of decisions public within 7 and within 20 working days of the decision, the share within their own
 * statutory period, and the median number of working days to publication.
 *
 * <p>A report covers a set of agencies: one agency alone, or an agency with every agency below it (the roll-up a
 * superior reports). Decisions count in the year they were made, corrections and withdrawals in the year they were
 * published, inspections in the year they took place.
 */
public record AnnualReport(
        int year,
        int decisions,
        Map<DecisionType, Integer> byType,
        List<Integer> byMonth,
        Fines fines,
        int licencesGranted,
        int licencesRefused,
        Map<InspectionOutcome, Integer> inspections,
        List<ReportRows.Correction> corrections,
        Map<WithdrawalReason, Integer> withdrawals,
        Timeliness timeliness) {

    /** The bounds (in yuan, lower bound inclusive) of the fine distribution's bands. */
    static final List<BigDecimal> FINE_BANDS = List.of(BigDecimal.ZERO, new BigDecimal("1000"),
            new BigDecimal("10000"), new BigDecimal("100000"), new BigDecimal("1000000"));

    /** 罚没款 — the penalties' fines: how many, how much, and how they spread over the bands. */
    public record Fines(int count, BigDecimal total, BigDecimal confiscatedTotal, List<Band> distribution) {
    }

    /** 罚款区间 — fines from {@code from} (inclusive) to {@code below} (exclusive; null: no upper bound). */
    public record Band(BigDecimal from, BigDecimal below, int count, BigDecimal total) {

        /** The band as the report names it, e.g. 1000 元至不足 1 万元. */
        public String label() {
            if (below == null) {
                return yuan(from) + "及以上";
            }
            return from.signum() == 0 ? "不足 " + yuan(below) : yuan(from) + "至不足 " + yuan(below);
        }

        private static String yuan(BigDecimal amount) {
            return amount.compareTo(new BigDecimal("10000")) >= 0
                    ? amount.divide(new BigDecimal("10000")).stripTrailingZeros().toPlainString() + " 万元"
                    : amount.stripTrailingZeros().toPlainString() + " 元";
        }
    }

    /**
     * 公开时效 — working days from each decision to its first publication (the day of the decision not counted).
     *
     * @param measured        decisions counted
     * @param within7         published within 7 working days
     * @param within20        published within 20 working days
     * @param onTime          published within the period the law sets for its type (7 or 20 working days)
     * @param medianWorkdays  the median; null when no decision was counted
     */
    public record Timeliness(int measured, int within7, int within20, int onTime, BigDecimal medianWorkdays) {
    }

    /** The report of {@code year} over the agencies in {@code scope}. */
    public static AnnualReport of(int year, Set<Long> scope, ReportRows rows, WorkdayCalendar calendar) {
        Map<DecisionType, Integer> byType = zeroes(DecisionType.class);
        int[] byMonth = new int[12];
        int decisions = 0;
        int granted = 0;
        int refused = 0;
        int fineCount = 0;
        BigDecimal fineTotal = BigDecimal.ZERO;
        BigDecimal confiscated = BigDecimal.ZERO;
        int[] bandCount = new int[FINE_BANDS.size()];
        BigDecimal[] bandTotal = new BigDecimal[FINE_BANDS.size()];
        java.util.Arrays.fill(bandTotal, BigDecimal.ZERO);
        List<Integer> workdays = new ArrayList<>();
        int within7 = 0;
        int within20 = 0;
        int onTime = 0;
        for (ReportRows.Decision d : rows.decisions()) {
            if (!scope.contains(d.agencyId()) || d.decisionDate().getYear() != year) {
                continue;
            }
            decisions++;
            byType.merge(d.type(), 1, Integer::sum);
            byMonth[d.decisionDate().getMonthValue() - 1]++;
            if (d.type() == DecisionType.LICENSING) {
                if (refusal(d.result())) {
                    refused++;
                } else {
                    granted++;
                }
            }
            if (d.fine() != null && d.fine().signum() > 0) {
                fineCount++;
                fineTotal = fineTotal.add(d.fine());
                int band = band(d.fine());
                bandCount[band]++;
                bandTotal[band] = bandTotal[band].add(d.fine());
            }
            if (d.confiscated() != null) {
                confiscated = confiscated.add(d.confiscated());
            }
            int used = calendar.workdaysBetween(d.decisionDate(), d.firstPublishedOn());
            workdays.add(used);
            within7 += used <= 7 ? 1 : 0;
            within20 += used <= 20 ? 1 : 0;
            onTime += used <= PublicationDeadlines.publicationWorkdays(d.type()) ? 1 : 0;
        }
        List<Band> distribution = new ArrayList<>();
        for (int i = 0; i < FINE_BANDS.size(); i++) {
            distribution.add(new Band(FINE_BANDS.get(i), i + 1 < FINE_BANDS.size() ? FINE_BANDS.get(i + 1) : null,
                    bandCount[i], bandTotal[i]));
        }
        Map<InspectionOutcome, Integer> inspections = zeroes(InspectionOutcome.class);
        rows.inspections().stream()
                .filter(i -> scope.contains(i.agencyId()) && i.inspectedOn().getYear() == year)
                .forEach(i -> inspections.merge(i.outcome(), 1, Integer::sum));
        Map<WithdrawalReason, Integer> withdrawals = zeroes(WithdrawalReason.class);
        rows.withdrawals().stream()
                .filter(w -> scope.contains(w.agencyId()) && w.withdrawnOn().getYear() == year)
                .forEach(w -> withdrawals.merge(w.reason(), 1, Integer::sum));
        List<ReportRows.Correction> corrections = rows.corrections().stream()
                .filter(c -> scope.contains(c.agencyId()) && c.publishedOn().getYear() == year)
                .sorted(Comparator.comparing(ReportRows.Correction::publishedOn)
                        .thenComparing(ReportRows.Correction::documentNumber))
                .toList();
        List<Integer> months = java.util.Arrays.stream(byMonth).boxed().toList();
        return new AnnualReport(year, decisions, byType, months,
                new Fines(fineCount, fineTotal, confiscated, distribution), granted, refused, inspections,
                corrections, withdrawals,
                new Timeliness(workdays.size(), within7, within20, onTime, median(workdays)));
    }

    /**
     * 不予许可 — a licensing decision refuses when its public result starts so ("不予许可", "不予行政许可", "不予登记"
     * …); every other licensing decision grants.
     */
    static boolean refusal(String result) {
        return result != null && result.strip().startsWith("不予");
    }

    public int inspectionTotal() {
        return inspections.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int withdrawalTotal() {
        return withdrawals.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int band(BigDecimal fine) {
        for (int i = FINE_BANDS.size() - 1; i > 0; i--) {
            if (fine.compareTo(FINE_BANDS.get(i)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = BigDecimal.valueOf(sorted.get(n / 2));
        return n % 2 == 1 ? middle
                : middle.add(BigDecimal.valueOf(sorted.get(n / 2 - 1))).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.UNNECESSARY);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0);
        }
        return map;
    }
}
