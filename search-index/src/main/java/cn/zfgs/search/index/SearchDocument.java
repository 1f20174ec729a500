package cn.zfgs.search.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 检索文档 — one public item as the index holds it, built from its current published projection only
 * ({@link DocumentFactory}); the index mapping stays out of the JPA entities. Every text shown in a result
 * (title, party, highlights) is stored here, so a result never needs the database and never shows more than the
 * projection.
 *
 * <p>Its index mapping is {@link SearchDocumentMapping}.
 */
public final class SearchDocument {

    public static final String ENTITY = "PublicDocument";
    public static final String INDEX = "zfgs-public";

    /** {@code KIND:itemId}, e.g. {@code DECISION:42}. */
    private final String key;

    private final String kind;

    private final long itemId;

    /** Headline: 文号 of a decision, name of an item or officer, title of a guide. */
    private final String title;

    /** 当事人 of a decision (already masked: 王某某), null for other kinds. */
    private final String party;

    /** 文号, item code or certificate number. */
    private final String code;

    /** The running text: facts, result and legal bases of a decision; conditions and materials of a guide … */
    private final String body;

    private final String agencyName;

    /** {@link cn.zfgs.content.model.DecisionType} name of a decision or item, null otherwise. */
    private final String type;

    /** The agency's id and every superior's, so that a filter on an agency includes its subordinates. */
    private final List<String> agencyPath;

    /** Region code with its enclosing city and province codes (360124, 360100, 360000). */
    private final List<String> regionPath;

    /** Decision date, or publication date for the other kinds. */
    private final LocalDate date;

    private final int year;

    /** Fine (罚款) of a decision, null when none. */
    private final BigDecimal amount;

    SearchDocument(String key, String kind, long itemId, String title, String party, String code, String body,
            String agencyName, String type, List<String> agencyPath, List<String> regionPath, LocalDate date,
            BigDecimal amount) {
        this.key = key;
        this.kind = kind;
        this.itemId = itemId;
        this.title = title;
        this.party = party;
        this.code = code;
        this.body = body;
        this.agencyName = agencyName;
        this.type = type;
        this.agencyPath = agencyPath;
        this.regionPath = regionPath;
        this.date = date;
        this.year = date.getYear();
        this.amount = amount;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public LocalDate date() {
        return date;
    }
}
