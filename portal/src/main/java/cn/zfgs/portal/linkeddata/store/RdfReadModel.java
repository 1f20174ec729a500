package cn.zfgs.portal.linkeddata.store;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.portal.linkeddata.Description;
import cn.zfgs.portal.linkeddata.EntityDescriptions;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LawDescriptions;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.DatasetReader;
import cn.zfgs.portal.opendata.EntityDataset;
import cn.zfgs.portal.opendata.LogPosition;
import cn.zfgs.portal.opendata.OpenDataConfig;
import cn.zfgs.portal.opendata.dataset.Datasets;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * RDF 读模型 — the Jena TDB2 dataset behind the SPARQL endpoint, fed by the publication log like the search index.
 * Each entity lives in its own named graph (its URI), so an event is applied by replacing that graph with the
 * entity's current description, or dropping it when the entity was withdrawn: nothing withdrawn stays queryable.
 * The last applied log position is stored in the dataset, in the same transaction as the change; on start the
 * model catches up, and it is rebuilt from the published tables when it is missing or was made from another
 * database. A rebuild fills a fresh directory and then takes the old one's place, so queries never see it half-made.
 */
@ApplicationScoped
public class RdfReadModel {

    private static final Logger LOG = Logger.getLogger(RdfReadModel.class);
    private static final Node META = NodeFactory.createURI("urn:zfgs:read-model");
    private static final Node LAWS = NodeFactory.createURI("urn:zfgs:laws");
    private static final int EVENTS_PER_ROUND = 500;

    @Inject
    OpenDataConfig config;
    @Inject
    DatasetReader reader;
    @Inject
    Datasets datasets;
    @Inject
    EntityDescriptions entities;
    @Inject
    LawDescriptions laws;
    @Inject
    EntityUris uris;
    @Inject
    Scheduler scheduler;

    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rdf-read-model-build");
        t.setDaemon(true);
        return t;
    });
    private volatile DatasetGraph current;
    private volatile boolean building;

    void start(@Observes StartupEvent event) {
        if (!config.backgroundJobs()) {
            return;
        }
        builder.submit(this::openOrRebuild);
        scheduler.newJob(RdfReadModel.class.getName())
                .setInterval(config.rdf().followInterval())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> follow())
                .schedule();
    }

    /** Releases the store's file lock, so that a later start in the same JVM or another process can open it. */
    synchronized void stop(@Observes ShutdownEvent event) {
        builder.shutdownNow();
        DatasetGraph dsg = current;
        current = null;
        if (dsg != null) {
            TDBInternal.expel(dsg);
        }
    }

    /** The dataset to query, or empty while the first build is still running. */
    public Optional<DatasetGraph> dataset() {
        return Optional.ofNullable(current);
    }

    /** The log position the model reflects, or empty before it is ready. */
    public Optional<LogPosition> position() {
        DatasetGraph dsg = current;
        if (dsg == null) {
            return Optional.empty();
        }
        dsg.begin(ReadWrite.READ);
        try {
            return Optional.of(storedPosition(dsg));
        } finally {
            dsg.end();
        }
    }

    public boolean building() {
        return building;
    }

    private void openOrRebuild() {
        try {
            Optional<Path> existing = currentDirectory();
            if (existing.isPresent() && Files.isDirectory(existing.get())) {
                DatasetGraph dsg = connect(existing.get());
                LogPosition stored;
                dsg.begin(ReadWrite.READ);
                try {
                    stored = storedPosition(dsg);
                } finally {
                    dsg.end();
                }
                if (stored.sequence() > 0 && reader.fingerprintAt(stored.sequence())
                        .filter(stored.fingerprint()::equals).isPresent()) {
                    current = dsg;
                    LOG.infof("RDF 读模型：已打开，位于发布日志第 %d 号，继续追赶", stored.sequence());
                    return;
                }
                LOG.infof("RDF 读模型：%s 与当前数据库的发布日志不符，重建", existing.get());
                TDBInternal.expel(dsg);
            }
            rebuild();
        } catch (RuntimeException | IOException | SQLException e) {
            LOG.error("RDF 读模型：打开或重建失败", e);
        }
    }

    /**
     * Builds the model anew from the published tables into a fresh directory, then switches to it. Returns the
     * log position it reflects; events after it are applied by {@link #follow()}.
     */
    public synchronized LogPosition rebuild() throws IOException, SQLException {
        building = true;
        try {
            Path root = config.rdf().directory();
            Files.createDirectories(root);
            Path fresh = root.resolve("tdb2-" + System.currentTimeMillis());
            DatasetGraph dsg = connect(fresh);
            LogPosition position;
            try (Connection c = reader.snapshotConnection()) {
                position = DatasetReader.position(c);
                DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
                loader.startBulk();
                try {
                    load(c, loader.stream());
                    loader.finishBulk();
                } catch (IOException | SQLException | RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                c.commit();
            }
            dsg.begin(ReadWrite.WRITE);
            try {
                storePosition(dsg, position);
                dsg.commit();
            } finally {
                dsg.end();
            }
            DatasetGraph previous = current;
            Path pointer = root.resolve("current");
            Path temporary = root.resolve("current.tmp");
            Files.writeString(temporary, fresh.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(temporary, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            current = dsg;
            if (previous != null) {
                TDBInternal.expel(previous);
            }
            deleteAllBut(root, fresh);
            LOG.infof("RDF 读模型：已重建，位于发布日志第 %d 号", position.sequence());
            return position;
        } finally {
            building = false;
        }
    }

    private void load(Connection c, StreamRDF stream) throws SQLException, IOException {
        for (EntityDataset dataset : datasets.entities()) {
            reader.stream(c, dataset, row -> {
                Node graph = dataset.subject(row);
                dataset.describe(row, graph, new RdfOut(t -> stream.quad(Quad.create(graph, t))));
            });
            reader.cursor(c, "SELECT " + dataset.idColumn() + ", version, published_at, change_note FROM "
                    + dataset.table() + " ORDER BY " + dataset.idColumn() + ", version", rs -> {
                        long id = rs.getLong(1);
                        Node graph = RdfOut.uri(uris.entity(dataset.kind(), id));
                        dataset.describeVersion(id, rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                                rs.getString(4), new RdfOut(t -> stream.quad(Quad.create(graph, t))));
                    });
        }
        laws.describeAll(t -> stream.quad(Quad.create(LAWS, t)));
    }

    /**
     * Applies the publication log events after the stored position: each touched entity's graph is replaced by
     * its current description, or removed. Runs every {@code opendata.rdf.follow-interval}.
     */
    public synchronized void follow() {
        DatasetGraph dsg = current;
        if (dsg == null || building) {
            return;
        }
        try {
            while (true) {
                LogPosition stored = positionOf(dsg);
                List<DatasetReader.LogEvent> events = reader.eventsAfter(stored.sequence(), EVENTS_PER_ROUND);
                if (events.isEmpty()) {
                    return;
                }
                apply(dsg, events);
                if (events.size() < EVENTS_PER_ROUND) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("RDF 读模型：应用发布日志失败，稍后重试", e);
        }
    }

    private void apply(DatasetGraph dsg, List<DatasetReader.LogEvent> events) {
        Set<Touched> touched = new LinkedHashSet<>();
        for (DatasetReader.LogEvent e : events) {
            LinkedKind.of(ContentKind.valueOf(e.kind())).flatMap(kind -> entities.publicId(kind, e.itemId())
                    .map(id -> new Touched(kind, id))).ifPresent(touched::add);
        }
        record Replacement(Node graph, Optional<Description> description) {
        }
        List<Replacement> replacements = touched.stream()
                .map(t -> new Replacement(RdfOut.uri(uris.entity(t.kind(), t.id())),
                        entities.entity(t.kind(), t.id()).filter(d -> !d.withdrawn())))
                .toList();
        DatasetReader.LogEvent last = events.get(events.size() - 1);
        dsg.begin(ReadWrite.WRITE);
        try {
            for (Replacement r : replacements) {
                dsg.deleteAny(r.graph(), Node.ANY, Node.ANY, Node.ANY);
                r.description().ifPresent(d -> d.triples().forEach(t -> dsg.add(Quad.create(r.graph(), t))));
            }
            storePosition(dsg, new LogPosition(last.sequence(), last.fingerprint()));
            dsg.commit();
        } finally {
            dsg.end();
        }
    }

    private record Touched(LinkedKind kind, long id) {
    }

    private static LogPosition positionOf(DatasetGraph dsg) {
        dsg.begin(ReadWrite.READ);
        try {
            return storedPosition(dsg);
        } finally {
            dsg.end();
        }
    }

    private static LogPosition storedPosition(DatasetGraph dsg) {
        Optional<Quad> seq = first(dsg, ZFGS.appliedSequence.asNode());
        Optional<Quad> fingerprint = first(dsg, ZFGS.logFingerprint.asNode());
        if (seq.isEmpty() || fingerprint.isEmpty()) {
            return LogPosition.START;
        }
        return new LogPosition(Long.parseLong(seq.get().getObject().getLiteralLexicalForm()),
                fingerprint.get().getObject().getLiteralLexicalForm());
    }

    private static Optional<Quad> first(DatasetGraph dsg, Node property) {
        var quads = dsg.find(META, META, property, Node.ANY);
        return quads.hasNext() ? Optional.of(quads.next()) : Optional.empty();
    }

    private static void storePosition(DatasetGraph dsg, LogPosition position) {
        dsg.deleteAny(META, META, Node.ANY, Node.ANY);
        RdfOut out = new RdfOut(t -> dsg.add(Quad.create(META, t)));
        out.integer(META, ZFGS.appliedSequence, position.sequence());
        out.code(META, ZFGS.logFingerprint, position.fingerprint());
    }

    private static DatasetGraph connect(Path directory) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    private Optional<Path> currentDirectory() throws IOException {
        Path pointer = config.rdf().directory().resolve("current");
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        return Optional.of(config.rdf().directory().resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()));
    }

    private static void deleteAllBut(Path root, Path keep) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(p -> p.getFileName().toString().startsWith("tdb2-"))
                    .filter(p -> !p.equals(keep)).toList()) {
                try (Stream<Path> tree = Files.walk(child)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        }
    }
}
