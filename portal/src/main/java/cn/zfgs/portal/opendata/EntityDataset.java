package cn.zfgs.portal.opendata;

import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.PROV;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset of one kind of public entity: one row per entity, its current version, read from that kind's
 * {@code pub_*} table. Every row starts with the entity's id, version and stable URI, and ends with the time the
 * version was published.
 */
public abstract class EntityDataset extends OpenDataset {

    private static final org.apache.jena.rdf.model.Property SCHEMA_URL =
            ResourceFactory.createProperty("https://schema.org/url");

    protected final EntityUris uris;
    private final LinkedKind kind;
    private final String table;
    private final String idColumn;
    private final List<ApiFilter> filters;

    protected EntityDataset(String name, String title, String description, LinkedKind kind, String table,
            String idColumn, EntityUris uris, List<Column> specific, List<ApiFilter> filters) {
        super(name, title, description, columns(idColumn, kind, specific));
        this.uris = uris;
        this.kind = kind;
        this.table = table;
        this.idColumn = idColumn;
        this.filters = List.copyOf(filters);
    }

    private static List<Column> columns(String idColumn, LinkedKind kind, List<Column> specific) {
        List<Column> all = new ArrayList<>();
        all.add(Column.from(idColumn, "id", ColumnType.INTEGER, kind.label() + "编号（稳定，不随更正改变）"));
        all.add(Column.of("version", ColumnType.INTEGER, "当前公开版本号，首次公开为 1，每次更正加 1"));
        all.add(Column.derived("uri", ColumnType.IRI, "稳定链接（URI），可在浏览器中打开，也可获取 RDF"));
        all.addAll(specific);
        all.add(Column.of("published_at", ColumnType.DATETIME, "当前版本的公开时间"));
        return all;
    }

    public LinkedKind kind() {
        return kind;
    }

    public String table() {
        return table;
    }

    /** The SQL column holding the entity's public id. */
    public String idColumn() {
        return idColumn;
    }

    /** The filters the JSON API offers on this dataset. */
    public List<ApiFilter> filters() {
        return filters;
    }

    @Override
    protected String source() {
        return table + " WHERE is_current = TRUE";
    }

    @Override
    protected String order() {
        return idColumn;
    }

    @Override
    public String temporalColumn() {
        return "published_at";
    }

    /** The current version of one entity; parameter: the id. */
    public String selectOne() {
        return "SELECT " + selectList() + " FROM " + table + " WHERE is_current = TRUE AND " + idColumn + " = ?";
    }

    /**
     * A page of current entities for the JSON API: the given conditions (each with one parameter), then ids after
     * a cursor, in id order; parameters: the conditions', the cursor, the page size.
     */
    public String selectPage(List<String> conditions) {
        StringBuilder sql = new StringBuilder("SELECT ").append(selectList()).append(" FROM ").append(table)
                .append(" WHERE is_current = TRUE");
        for (String condition : conditions) {
            sql.append(" AND ").append(condition);
        }
        return sql.append(" AND ").append(idColumn).append(" > ? ORDER BY ").append(idColumn).append(" LIMIT ?")
                .toString();
    }

    /** One published version, current or not; parameters: the id, the version. */
    public String selectVersion() {
        return "SELECT " + selectList() + " FROM " + table + " WHERE " + idColumn + " = ? AND version = ?";
    }

    /** Every published version's number, time and change note, oldest first; parameter: the id. */
    public String selectVersions() {
        return "SELECT version, published_at, change_note FROM " + table + " WHERE " + idColumn
                + " = ? ORDER BY version";
    }

    @Override
    public Node subject(DatasetRow row) {
        return RdfOut.uri(row.text("uri"));
    }

    @Override
    protected void derive(DatasetRow row) {
        row.set("uri", uris.entity(kind, row.number("id")));
        deriveLabels(row);
    }

    /** Fills the Chinese labels of coded columns. */
    protected void deriveLabels(DatasetRow row) {
    }

    /**
     * The description of a row about the entity itself (its current state) or about one of its versions: the
     * kind's own triples, plus how the two relate.
     */
    @Override
    public void describe(DatasetRow row, Node subject, RdfOut out) {
        long id = row.number("id");
        int version = row.number("version").intValue();
        Node entity = RdfOut.uri(uris.entity(kind, id));
        describeContent(row, subject, out);
        if (subject.equals(entity)) {
            out.link(subject, ZFGS.currentVersion, uris.version(kind, id, version));
            out.link(subject, SCHEMA_URL, uris.absolute(kind.page(id)));
        } else {
            out.type(subject, PROV.Entity);
            out.link(subject, PROV.specializationOf, entity.getURI());
            out.integer(subject, ZFGS.version, version);
            out.dateTime(subject, PROV.generatedAtTime, row.instant("published_at"));
        }
        out.dateTime(subject, DCTerms.issued, row.instant("published_at"));
    }

    /** The kind's own triples about {@code subject}. */
    protected abstract void describeContent(DatasetRow row, Node subject, RdfOut out);

    /**
     * The provenance of one published version: what it is a version of, when it was published, which version it
     * revises and the public change note (更正说明) that explains why.
     */
    public void describeVersion(long id, int version, Instant publishedAt, String changeNote, RdfOut out) {
        describeVersion(uris, kind, id, version, publishedAt, changeNote, out);
    }

    public static void describeVersion(EntityUris uris, LinkedKind kind, long id, int version, Instant publishedAt,
            String changeNote, RdfOut out) {
        Node v = RdfOut.uri(uris.version(kind, id, version));
        String entity = uris.entity(kind, id);
        out.add(RdfOut.uri(entity), DCTerms.hasVersion, v);
        out.type(v, PROV.Entity);
        out.link(v, PROV.specializationOf, entity);
        out.integer(v, ZFGS.version, version);
        out.dateTime(v, PROV.generatedAtTime, publishedAt);
        if (version > 1) {
            out.link(v, PROV.wasRevisionOf, uris.version(kind, id, version - 1));
        }
        out.text(v, ZFGS.changeNote, changeNote);
    }
}
