package cn.zfgs.content.workflow;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * 重大执法决定认定标准 — which decisions need a legal review before approval. Each agency sets its own (the
 * provinces' 重大执法决定法制审核目录 differ); without one the defaults apply: the common provincial thresholds for a
 * 较大数额罚款 (natural persons 10,000 yuan, others 100,000 yuan, fine and confiscation together) and no decision type
 * major as such. A hearing held or a licence revoked always makes a decision major.
 */
public record MajorDecisionPolicy(BigDecimal naturalPersonFine, BigDecimal organisationFine,
        Set<DecisionType> alwaysMajorTypes) {

    public MajorDecisionPolicy {
        Objects.requireNonNull(naturalPersonFine, "naturalPersonFine");
        Objects.requireNonNull(organisationFine, "organisationFine");
        if (naturalPersonFine.signum() <= 0 || organisationFine.signum() <= 0) {
            throw new IllegalArgumentException("重大执法决定的罚没金额标准必须大于零");
        }
        // Compared by value: 10000 from a form and 10000.00 from the database are the same rule.
        naturalPersonFine = naturalPersonFine.stripTrailingZeros();
        organisationFine = organisationFine.stripTrailingZeros();
        alwaysMajorTypes = alwaysMajorTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(alwaysMajorTypes));
    }

    public static MajorDecisionPolicy defaults() {
        return new MajorDecisionPolicy(new BigDecimal("10000"), new BigDecimal("100000"), Set.of());
    }

    public boolean isMajor(DecisionContent decision) {
        if (decision.hearingHeld() || decision.licenceRevoked()
                || alwaysMajorTypes.contains(decision.decisionType())) {
            return true;
        }
        BigDecimal threshold = decision.partyKind() == PartyKind.NATURAL_PERSON ? naturalPersonFine : organisationFine;
        return total(decision).compareTo(threshold) >= 0;
    }

    private static BigDecimal total(DecisionContent d) {
        BigDecimal fine = d.fineAmount() == null ? BigDecimal.ZERO : d.fineAmount();
        return d.confiscatedAmount() == null ? fine : fine.add(d.confiscatedAmount());
    }
}
