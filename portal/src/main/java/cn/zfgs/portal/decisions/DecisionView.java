package cn.zfgs.portal.decisions;

import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.portal.laws.Citation;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.PageMeta;

import java.util.List;

/**
 * 执法决定公示页 — one published version of a decision, with the public history of its versions: every correction's
 * change note (更正说明) and a link to each earlier version.
 */
public record DecisionView(
        Long id,
        int version,
        boolean current,
        String documentNumber,
        String typeLabel,
        String agencyName,
        Long agencyPageId,
        String partyName,
        String partyKindLabel,
        String partyCreditCode,
        String facts,
        List<Citation> legalBases,
        String result,
        String fineAmount,
        String confiscatedAmount,
        String decisionDate,
        String publishedAt,
        String changeNote,
        ItemLink item,
        List<VersionLine> history,
        PageMeta meta) {

    /** 版本记录 — a published version and the change note that introduced it. */
    public record VersionLine(int version, String publishedAt, String changeNote, boolean shown) {
    }

    /** The enforcement item the decision was made under. */
    public record ItemLink(Long id, String name) {
    }

    static DecisionView of(PublishedDecision d, List<PublishedDecision> versions, List<Citation> legalBases,
            Long agencyPageId, ItemLink item, PageMeta meta) {
        return new DecisionView(d.itemId(), d.version(), d.current(), d.documentNumber(), d.decisionType().label(),
                d.agencyName(), agencyPageId, d.partyName(), d.partyKind().label(), d.partyCreditCode(), d.facts(),
                legalBases, d.result(), Formats.yuan(d.fineAmount()), Formats.yuan(d.confiscatedAmount()),
                Formats.date(d.decisionDate()), Formats.dateTime(d.publishedAt()), d.changeNote(), item,
                versions.stream().map(v -> new VersionLine(v.version(), Formats.dateTime(v.publishedAt()),
                        v.changeNote(), v.version() == d.version())).toList(), meta);
    }
}
