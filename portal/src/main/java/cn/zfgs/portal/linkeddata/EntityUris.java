package cn.zfgs.portal.linkeddata;

import cn.zfgs.content.law.ArticleNumber;
import cn.zfgs.portal.opendata.OpenDataConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * 稳定标识 — the URI of every public thing, all under the configured base address:
 * <pre>
 *   /id/{agency|item|officer|guide|decision}/{id}      an entity (its current version)
 *   /id/{kind}/{id}/version/{n}                        one published version of it
 *   /id/law/{lawId}                                    a law in one version, e.g. /id/law/药品管理法-2019-08-26
 *   /id/law/{lawId}/article/{n}                        an article: 115, or 10-1 for 第十条之一
 *   /id/dataset/{name}, /id/catalog                    the open datasets and their catalogue
 * </pre>
 * The id of an agency is the agency's own number (the one other entities refer to); of every other kind, the
 * number of the published item. URIs never change when a version is corrected.
 */
@ApplicationScoped
public class EntityUris {

    private final String base;

    @Inject
    public EntityUris(OpenDataConfig config) {
        this(config.baseUri());
    }

    public EntityUris(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public String entity(LinkedKind kind, long id) {
        return base + "/id/" + kind.segment() + "/" + id;
    }

    public String version(LinkedKind kind, long id, int version) {
        return entity(kind, id) + "/version/" + version;
    }

    public String law(String lawId) {
        return base + "/id/law/" + lawId;
    }

    public String article(String lawId, ArticleNumber number) {
        return law(lawId) + "/article/" + articleSegment(number);
    }

    public String dataset(String name) {
        return base + "/id/dataset/" + name;
    }

    public String catalog() {
        return base + "/id/catalog";
    }

    /** An absolute address on this portal for a path such as {@code /data/decisions.csv}. */
    public String absolute(String path) {
        return base + path;
    }

    /** {@code 115} for 第一百一十五条, {@code 10-1} for 第十条之一. */
    public static String articleSegment(ArticleNumber number) {
        return number.hasSuffix() ? number.number() + "-" + number.suffix() : String.valueOf(number.number());
    }

    /** The reverse of {@link #articleSegment}, or null when the segment is not an article number. */
    public static ArticleNumber parseArticleSegment(String segment) {
        String[] parts = segment.split("-", -1);
        if (parts.length > 2 || parts[0].isEmpty() || parts[0].length() > 4
                || !parts[0].chars().allMatch(Character::isDigit)) {
            return null;
        }
        int number = Integer.parseInt(parts[0]);
        int suffix = 0;
        if (parts.length == 2) {
            if (parts[1].isEmpty() || parts[1].length() > 2 || !parts[1].chars().allMatch(Character::isDigit)) {
                return null;
            }
            suffix = Integer.parseInt(parts[1]);
            if (suffix == 0) {
                return null;
            }
        }
        if (number < 1 || number > 9999) {
            return null;
        }
        return ArticleNumber.of(number, suffix);
    }
}
