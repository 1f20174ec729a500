package cn.zfgs.content.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 执法决定 — an enforcement decision as the agency's staff wrote it, before redaction.
 * {@code hearingHeld} and {@code licenceRevoked} feed the test of whether it is a 重大执法决定.
 */
public record DecisionContent(
        String documentNumber,
        DecisionType decisionType,
        String partyName,
        PartyKind partyKind,
        String partyCreditCode,
        Long enforcementItemId,
        String facts,
        List<String> legalBases,
        String result,
        BigDecimal fineAmount,
        BigDecimal confiscatedAmount,
        LocalDate decisionDate,
        boolean hearingHeld,
        boolean licenceRevoked) implements Content {

    public static final String PARTY_NAME = "partyName";
    public static final String FACTS = "facts";
    public static final String RESULT = "result";

    public DecisionContent {
        legalBases = List.copyOf(legalBases);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.DECISION;
    }

    @Override
    public String title() {
        return documentNumber;
    }

    @Override
    public String naturalKey() {
        return documentNumber;
    }

    @Override
    public Map<String, String> redactableFields() {
        return Map.of(PARTY_NAME, partyName, FACTS, facts, RESULT, result);
    }

    @Override
    public DecisionContent withFields(Map<String, String> replaced) {
        return new DecisionContent(documentNumber, decisionType, replaced.getOrDefault(PARTY_NAME, partyName),
                partyKind, partyCreditCode, enforcementItemId, replaced.getOrDefault(FACTS, facts), legalBases,
                replaced.getOrDefault(RESULT, result), fineAmount, confiscatedAmount, decisionDate, hearingHeld,
                licenceRevoked);
    }
}
