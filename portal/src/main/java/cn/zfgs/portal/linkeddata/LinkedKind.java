package cn.zfgs.portal.linkeddata;

import cn.zfgs.content.model.ContentKind;

import java.util.Arrays;
import java.util.Optional;

/**
 * 可引用的公开实体类别 — the kinds of public entity that have a stable URI {@code /id/<segment>/<id>}, and the
 * public page each one's URI sends a browser to.
 */
public enum LinkedKind {
    AGENCY("agency", "/agencies/", ContentKind.AGENCY),
    ITEM("item", "/items/", ContentKind.ENFORCEMENT_ITEM),
    OFFICER("officer", "/officers/", ContentKind.OFFICER),
    GUIDE("guide", "/guides/", ContentKind.SERVICE_GUIDE),
    DECISION("decision", "/decisions/", ContentKind.DECISION);

    private final String segment;
    private final String pagePath;
    private final ContentKind contentKind;

    LinkedKind(String segment, String pagePath, ContentKind contentKind) {
        this.segment = segment;
        this.pagePath = pagePath;
        this.contentKind = contentKind;
    }

    /** The path segment after {@code /id/}, e.g. {@code decision}. */
    public String segment() {
        return segment;
    }

    /** The public HTML page of the entity with this id, e.g. {@code /decisions/42}. */
    public String page(long id) {
        return pagePath + id;
    }

    public ContentKind contentKind() {
        return contentKind;
    }

    public String label() {
        return contentKind.label();
    }

    public static Optional<LinkedKind> bySegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }

    public static Optional<LinkedKind> of(ContentKind kind) {
        return Arrays.stream(values()).filter(k -> k.contentKind == kind).findFirst();
    }
}
