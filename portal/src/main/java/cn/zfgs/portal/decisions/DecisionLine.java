package cn.zfgs.portal.decisions;

import cn.zfgs.content.published.PublishedDecision;

import java.time.LocalDate;

/** One decision in a public list: made from the published projection only. */
public record DecisionLine(Long id, String documentNumber, String typeLabel, String partyName, String agencyName,
        LocalDate decisionDate) {

    public static DecisionLine of(PublishedDecision d) {
        return new DecisionLine(d.itemId(), d.documentNumber(), d.decisionType().label(), d.partyName(),
                d.agencyName(), d.decisionDate());
    }
}
