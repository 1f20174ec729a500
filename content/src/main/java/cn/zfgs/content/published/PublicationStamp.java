package cn.zfgs.content.published;

import java.time.Instant;

/** 发布信息 — what every published version carries besides its content: which item, which version, when, by whom. */
public record PublicationStamp(Long itemId, int version, Instant publishedAt, String changeNote, Long agencyId,
        String agencyName) {
}
