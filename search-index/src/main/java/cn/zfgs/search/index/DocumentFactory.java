package cn.zfgs.search.index;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.search.analysis.TextNormalizer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds {@link SearchDocument}s from the columns of the published projections, and nothing else. */
public final class DocumentFactory {

    /** Where a document belongs: its agency, that agency's superiors, and its region. */
    record Place(String agencyName, List<String> agencyPath, String regionCode) {
    }

    private DocumentFactory() {
    }

    public static String key(ContentKind kind, long itemId) {
        return kind.name() + ":" + itemId;
    }

    /** The agency's current published name, or the name the row was published under when it has none. */
    static Place place(AgencyDirectory agencies, long agencyId, String rowAgencyName) {
        AgencyDirectory.Agency agency = agencies.agency(agencyId);
        return new Place(agency == null ? rowAgencyName : agency.name(), agencies.path(agencyId),
                agency == null ? null : agency.regionCode());
    }

    static SearchDocument decision(long itemId, Place place, String documentNumber, DecisionType type, String party,
            String facts, String result, List<String> legalBases, BigDecimal fine, LocalDate decisionDate) {
        return new SearchDocument(key(ContentKind.DECISION, itemId), ContentKind.DECISION.name(), itemId,
                clean(documentNumber), clean(party), clean(documentNumber),
                join(List.of(facts, result, String.join("；", legalBases))), place.agencyName(), type.name(),
                place.agencyPath(), AgencyDirectory.regionPath(place.regionCode()), decisionDate, fine);
    }

    static SearchDocument item(long itemId, Place place, String code, String name, DecisionType type,
            LocalDate published, List<String> text) {
        return new SearchDocument(key(ContentKind.ENFORCEMENT_ITEM, itemId), ContentKind.ENFORCEMENT_ITEM.name(),
                itemId, clean(name), null, clean(code), join(text), place.agencyName(), type.name(),
                place.agencyPath(), AgencyDirectory.regionPath(place.regionCode()), published, null);
    }

    static SearchDocument officer(long itemId, Place place, String name, String certificate, String category,
            String regionCode, String regionName, OfficerStatus status, boolean legalReviewer, LocalDate published) {
        String text = join(List.of(category, regionName, "执法证状态：" + status.label(),
                legalReviewer ? "法制审核人员" : ""));
        return new SearchDocument(key(ContentKind.OFFICER, itemId), ContentKind.OFFICER.name(), itemId, clean(name),
                null, clean(certificate), text, place.agencyName(), null, place.agencyPath(),
                AgencyDirectory.regionPath(regionCode), published, null);
    }

    static SearchDocument guide(long itemId, Place place, String title, LocalDate published, List<String> text) {
        return new SearchDocument(key(ContentKind.SERVICE_GUIDE, itemId), ContentKind.SERVICE_GUIDE.name(), itemId,
                clean(title), null, null, join(text), place.agencyName(), null, place.agencyPath(),
                AgencyDirectory.regionPath(place.regionCode()), published, null);
    }

    private static String join(List<String> parts) {
        return clean(parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n")));
    }

    private static String clean(String s) {
        return TextNormalizer.document(s);
    }
}
