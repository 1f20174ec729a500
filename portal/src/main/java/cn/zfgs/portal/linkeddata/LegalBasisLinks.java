package cn.zfgs.portal.linkeddata;

import cn.zfgs.content.law.Law;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LegalBasis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 执法依据链接 — turns a stored citation such as 《药品管理法》第一百一十五条 into the article of the law version in
 * force on the given date (the latest version for items, which apply the law as it stands). Citations repeat
 * across millions of decisions, so parsed citations are remembered.
 */
public final class LegalBasisLinks {

    private static final int MAX_REMEMBERED = 50_000;

    private final LawCatalogue catalogue;
    private final Map<String, Optional<LegalBasis>> parsed = new ConcurrentHashMap<>();

    public LegalBasisLinks(LawCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The cited article, when the citation parses and the catalogue holds that law and article. */
    public Optional<Cited> resolve(String citation, LocalDate onDate) {
        Optional<LegalBasis> basis = parsed.get(citation);
        if (basis == null) {
            basis = parse(citation);
            if (parsed.size() < MAX_REMEMBERED) {
                parsed.put(citation, basis);
            }
        }
        return basis.flatMap(b -> inForce(b.lawTitle(), onDate)
                .filter(law -> law.article(b.article()).isPresent())
                .map(law -> new Cited(law, b)));
    }

    private Optional<Law> inForce(String title, LocalDate onDate) {
        List<Law> versions = catalogue.versions(title);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        if (onDate != null) {
            for (int i = versions.size() - 1; i >= 0; i--) {
                if (!versions.get(i).versionDate().isAfter(onDate)) {
                    return Optional.of(versions.get(i));
                }
            }
        }
        return Optional.of(versions.get(versions.size() - 1));
    }

    private static Optional<LegalBasis> parse(String citation) {
        try {
            return Optional.of(LegalBasis.parse(citation));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A resolved citation: the law version and the article cited. */
    public record Cited(Law law, LegalBasis basis) {
    }
}
