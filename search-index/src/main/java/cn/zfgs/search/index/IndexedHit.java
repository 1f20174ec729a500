package cn.zfgs.search.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a search returns of one document: stored fields and highlighted fragments, no database access. */
public record IndexedHit(String key, String kind, long itemId, String title, String party, String code,
        String agencyName, String type, LocalDate date, BigDecimal amount, List<String> titleHighlights,
        List<String> bodyHighlights, String body) {
}
