package cn.zfgs.portal.linkeddata;

import cn.zfgs.portal.opendata.DatasetRow;
import org.apache.jena.graph.Triple;

import java.util.List;

/**
 * 实体描述 — what a stable URI answers with: the triples describing the thing, and for entities also the row
 * (the JSON representation) and the versions. A withdrawn entity is described by its tombstone only.
 */
public record Description(String uri, String page, List<Triple> triples, DatasetRow row, List<VersionLine> versions,
        boolean withdrawn, Object plain) {

    /** An entity, version or tombstone, whose JSON is its dataset row. */
    public Description(String uri, String page, List<Triple> triples, DatasetRow row, List<VersionLine> versions,
            boolean withdrawn) {
        this(uri, page, triples, row, versions, withdrawn, null);
    }

    /** Something that is not a dataset row (a law, an article), with the view its JSON is made from. */
    public static Description of(String uri, String page, List<Triple> triples, Object plain) {
        return new Description(uri, page, triples, null, List.of(), false, plain);
    }

    /** 版本 — one published version of an entity. */
    public record VersionLine(int version, String uri, String publishedAt, String changeNote) {
    }
}
