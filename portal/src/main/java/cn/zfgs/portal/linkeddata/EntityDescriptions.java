package cn.zfgs.portal.linkeddata;

import cn.zfgs.portal.opendata.DatasetReader;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import cn.zfgs.portal.opendata.dataset.Datasets;
import cn.zfgs.portal.opendata.dataset.WithdrawalsDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes one public entity, or one of its versions, from the published tables: the same triples the datasets
 * carry, plus the provenance of every published version. A withdrawn entity has only its tombstone.
 */
@ApplicationScoped
public class EntityDescriptions {

    @Inject
    Datasets datasets;
    @Inject
    DatasetReader reader;
    @Inject
    EntityUris uris;

    /** The entity's current description, its tombstone, or empty when it never was public. */
    public Optional<Description> entity(LinkedKind kind, long id) {
        EntityDataset dataset = datasets.of(kind);
        Optional<DatasetRow> row = reader.row(dataset, dataset.selectOne(), List.of(id));
        if (row.isEmpty()) {
            return tombstone(kind, id);
        }
        List<Triple> triples = new ArrayList<>();
        RdfOut out = new RdfOut(triples::add);
        String uri = uris.entity(kind, id);
        dataset.describe(row.get(), RdfOut.uri(uri), out);
        List<Description.VersionLine> versions = versions(dataset, id, out);
        return Optional.of(new Description(uri, kind.page(id), triples, row.get(), versions, false));
    }

    /** One published version (current or earlier), or empty. */
    public Optional<Description> version(LinkedKind kind, long id, int version) {
        EntityDataset dataset = datasets.of(kind);
        Optional<DatasetRow> row = reader.row(dataset, dataset.selectVersion(), List.of(id, version));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Triple> triples = new ArrayList<>();
        RdfOut out = new RdfOut(triples::add);
        String uri = uris.version(kind, id, version);
        Node subject = RdfOut.uri(uri);
        dataset.describe(row.get(), subject, out);
        List<Description.VersionLine> versions = versions(dataset, id, new RdfOut(t -> { }));
        versions.stream().filter(v -> v.version() == version).findFirst().ifPresent(v -> {
            if (version > 1) {
                out.link(subject, cn.zfgs.portal.linkeddata.vocab.PROV.wasRevisionOf,
                        uris.version(kind, id, version - 1));
            }
            out.text(subject, cn.zfgs.portal.linkeddata.vocab.ZFGS.changeNote, v.changeNote());
        });
        return Optional.of(new Description(uri, kind.page(id) + "?version=" + version, triples, row.get(), versions,
                false));
    }

    private List<Description.VersionLine> versions(EntityDataset dataset, long id, RdfOut out) {
        return reader.query(dataset.selectVersions(), List.of(id), rs -> {
            List<Description.VersionLine> lines = new ArrayList<>();
            while (rs.next()) {
                int version = rs.getInt(1);
                var publishedAt = rs.getObject(2, OffsetDateTime.class).toInstant();
                String note = rs.getString(3);
                dataset.describeVersion(id, version, publishedAt, note, out);
                lines.add(new Description.VersionLine(version, uris.version(dataset.kind(), id, version),
                        RdfOut.timestamp(publishedAt), note));
            }
            return lines;
        });
    }

    /**
     * The id in an entity's URI for a publication log item: the agency's own number for agencies (looked up in
     * the projection, or the tombstone once withdrawn), the item's number for everything else.
     */
    public Optional<Long> publicId(LinkedKind kind, long itemId) {
        if (kind != LinkedKind.AGENCY) {
            return Optional.of(itemId);
        }
        return reader.query("SELECT agency_id FROM pub_agency WHERE item_id = ? "
                + "UNION SELECT agency_id FROM pub_tombstone WHERE item_id = ?", List.of(itemId, itemId),
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty());
    }

    private Optional<Description> tombstone(LinkedKind kind, long id) {
        WithdrawalsDataset withdrawals = (WithdrawalsDataset) datasets.byName("withdrawals").orElseThrow();
        return reader.row(withdrawals, withdrawals.selectOne(), List.of(kind.contentKind().name(), id)).map(row -> {
            List<Triple> triples = new ArrayList<>();
            withdrawals.describe(row, withdrawals.subject(row), new RdfOut(triples::add));
            return new Description(uris.entity(kind, id), kind.page(id), triples, row, List.of(), true);
        });
    }
}
