package cn.zfgs.portal.decisions;

import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.portal.site.Formats;

import java.util.List;

/** 执法决定公示页 — one published version of a decision, with the public history of its versions. */
public record DecisionView(
        Long id,
        int version,
        boolean current,
        String documentNumber,
        String typeLabel,
        String agencyName,
        Long agencyId,
        String partyName,
        String partyKindLabel,
        String partyCreditCode,
        String facts,
        List<String> legalBases,
        String result,
        String fineAmount,
        String confiscatedAmount,
        String decisionDate,
        String publishedAt,
        String changeNote,
        List<VersionLine> history) {

    /** 版本记录 — a published version and the change note that introduced it. */
    public record VersionLine(int version, String publishedAt, String changeNote, boolean shown) {
    }

    static DecisionView of(PublishedDecision d, List<PublishedDecision> versions) {
        return new DecisionView(d.itemId(), d.version(), d.current(), d.documentNumber(), d.decisionType().label(),
                d.agencyName(), d.agencyId(), d.partyName(), d.partyKind().label(), d.partyCreditCode(), d.facts(),
                d.legalBases(), d.result(), Formats.yuan(d.fineAmount()), Formats.yuan(d.confiscatedAmount()),
                Formats.date(d.decisionDate()), Formats.dateTime(d.publishedAt()), d.changeNote(),
                versions.stream().map(v -> new VersionLine(v.version(), Formats.dateTime(v.publishedAt()),
                        v.changeNote(), v.version() == d.version())).toList());
    }
}
