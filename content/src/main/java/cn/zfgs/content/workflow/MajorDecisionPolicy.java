package cn.zfgs.content.workflow;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.PartyKind;

import java.math.BigDecimal;

/**
 * 重大执法决定认定标准 — which decisions need a legal review before approval. The defaults follow the common
 * provincial thresholds for a 较大数额罚款 (natural persons 10,000 yuan, others 100,000 yuan); a hearing held
 * or a licence revoked always makes a decision major.
 */
public record MajorDecisionPolicy(BigDecimal naturalPersonFine, BigDecimal organisationFine) {

    public static MajorDecisionPolicy defaults() {
        return new MajorDecisionPolicy(new BigDecimal("10000"), new BigDecimal("100000"));
    }

    public boolean isMajor(DecisionContent decision) {
        if (decision.hearingHeld() || decision.licenceRevoked()) {
            return true;
        }
        BigDecimal amount = total(decision);
        BigDecimal threshold = decision.partyKind() == PartyKind.NATURAL_PERSON ? naturalPersonFine : organisationFine;
        return amount.compareTo(threshold) >= 0;
    }

    private static BigDecimal total(DecisionContent d) {
        BigDecimal fine = d.fineAmount() == null ? BigDecimal.ZERO : d.fineAmount();
        return d.confiscatedAmount() == null ? fine : fine.add(d.confiscatedAmount());
    }
}
