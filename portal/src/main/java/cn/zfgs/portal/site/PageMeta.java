package cn.zfgs.portal.site;

import io.quarkus.qute.RawString;

/**
 * 页面元数据 — what an entity page tells machines about itself: canonical address, Open Graph title, description
 * and type, and a schema.org description as JSON-LD (see {@link JsonLd}); rendered by the {@code pageMeta} tag.
 */
public record PageMeta(String title, String description, String url, String type, RawString jsonLd) {

    /** A plain page without structured data. */
    public static PageMeta page(String title, String description, String url) {
        return new PageMeta(title, description, url, "website", null);
    }
}
