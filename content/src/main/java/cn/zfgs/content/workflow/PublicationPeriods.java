package cn.zfgs.content.workflow;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 公示期限 — how long an agency keeps its decisions online, counted from the day of first publication. When a period
 * ends the decision comes down through the ordinary withdrawal path (reason 公示期限届满). Without configuration nothing
 * expires. The market regulators' rule (市场监督管理行政处罚信息公示规定 art. 14) is the model: penalties shown for three
 * years, a warning or a small fine only for three months — {@link MinorPenalty} expresses the second half.
 */
public record PublicationPeriods(Map<DecisionType, Integer> months, MinorPenalty minorPenalty) {

    /** Periods are whole months, at most fifty years. */
    public static final int MAX_MONTHS = 600;

    /**
     * 较低数额罚款: a penalty with no confiscation, no licence revoked and a fine (or none) up to the threshold for the
     * party is shown for {@code months} only.
     */
    public record MinorPenalty(BigDecimal naturalPersonFine, BigDecimal organisationFine, int months) {

        public MinorPenalty {
            Objects.requireNonNull(naturalPersonFine, "naturalPersonFine");
            Objects.requireNonNull(organisationFine, "organisationFine");
            if (naturalPersonFine.signum() < 0 || organisationFine.signum() < 0) {
                throw new IllegalArgumentException("较低数额罚款的标准不能为负数");
            }
            // Compared by value: 1000 from a form and 1000.00 from the database are the same rule.
            naturalPersonFine = naturalPersonFine.stripTrailingZeros();
            organisationFine = organisationFine.stripTrailingZeros();
            requireMonths(months, "较低数额罚款的公示期限");
        }

        boolean covers(DecisionContent d) {
            if (d.decisionType() != DecisionType.PENALTY || d.licenceRevoked()
                    || d.confiscatedAmount() != null && d.confiscatedAmount().signum() > 0) {
                return false;
            }
            BigDecimal limit = d.partyKind() == PartyKind.NATURAL_PERSON ? naturalPersonFine : organisationFine;
            return d.fineAmount() == null || d.fineAmount().compareTo(limit) <= 0;
        }
    }

    public PublicationPeriods {
        EnumMap<DecisionType, Integer> copy = new EnumMap<>(DecisionType.class);
        months.forEach((type, m) -> {
            requireMonths(m, type.label() + "决定的公示期限");
            copy.put(type, m);
        });
        if (minorPenalty != null && copy.containsKey(DecisionType.PENALTY)
                && minorPenalty.months() > copy.get(DecisionType.PENALTY)) {
            throw new IllegalArgumentException("较低数额罚款的公示期限不能长于行政处罚决定的公示期限");
        }
        months = Map.copyOf(copy);
    }

    public static PublicationPeriods none() {
        return new PublicationPeriods(Map.of(), null);
    }

    /** The day the decision first published on {@code publishedOn} stops being shown, if it ever does. */
    public Optional<LocalDate> expiresOn(DecisionContent decision, LocalDate publishedOn) {
        if (minorPenalty != null && minorPenalty.covers(decision)) {
            return Optional.of(publishedOn.plusMonths(minorPenalty.months()));
        }
        return Optional.ofNullable(months.get(decision.decisionType())).map(publishedOn::plusMonths);
    }

    /** The shortest period configured: nothing published more recently can have expired. */
    public Optional<Integer> shortestMonths() {
        Optional<Integer> shortest = months.values().stream().min(Integer::compare);
        if (minorPenalty == null) {
            return shortest;
        }
        return Optional.of(shortest.map(m -> Math.min(m, minorPenalty.months())).orElse(minorPenalty.months()));
    }

    private static void requireMonths(int months, String what) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException(what + "必须在 1 至 " + MAX_MONTHS + " 个月之间");
        }
    }
}
