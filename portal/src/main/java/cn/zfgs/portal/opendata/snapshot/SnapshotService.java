package cn.zfgs.portal.opendata.snapshot;

import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.opendata.DatasetReader;
import cn.zfgs.portal.opendata.LogPosition;
import cn.zfgs.portal.opendata.OpenDataConfig;
import cn.zfgs.portal.opendata.OpenDataset;
import cn.zfgs.portal.opendata.dataset.Datasets;
import cn.zfgs.portal.opendata.format.DistributionFormat;
import cn.zfgs.portal.opendata.format.RowWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * 数据集快照 — once a day (and on demand) every dataset is written in every format, gzip-compressed, into a new
 * snapshot directory, with a manifest of record counts, sizes and SHA-256 sums and a {@code SHA256SUMS} file that
 * {@code sha256sum -c} checks. Each dataset is read once, in one consistent transaction, and fanned out to all
 * formats. Only the latest snapshot is served; it is replaced at once when an item is withdrawn after it was made,
 * and refused until then, so no withdrawn item is downloadable from a snapshot made before its withdrawal.
 */
@ApplicationScoped
public class SnapshotService {

    private static final Logger LOG = Logger.getLogger(SnapshotService.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Milliseconds, so that two snapshots taken within one second (on demand after the scheduled one) do not collide. */
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(CHINA);
    static final String MANIFEST = "manifest.json";
    static final String CHECKSUMS = "SHA256SUMS";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Inject
    OpenDataConfig config;
    @Inject
    DatasetReader reader;
    @Inject
    Datasets datasets;
    @Inject
    Scheduler scheduler;

    void start(@Observes StartupEvent event) {
        if (!config.backgroundJobs()) {
            return;
        }
        LocalTime at = LocalTime.parse(config.snapshots().dailyAt());
        scheduler.newJob(SnapshotService.class.getName() + ".daily")
                .setCron("0 " + at.getMinute() + " " + at.getHour() + " * * ?")
                .setTimeZone(CHINA.getId())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> takeLogged("每日快照"))
                .schedule();
        scheduler.newJob(SnapshotService.class.getName() + ".withdrawals")
                .setInterval(config.snapshots().withdrawalCheckInterval())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> {
                    if (latest().isEmpty() || !servable(latest().get())) {
                        takeLogged("快照已过时（之后有撤回）或不存在");
                    }
                })
                .schedule();
        CompletableFuture.runAsync(() -> {
            if (latest().map(m -> !servable(m)).orElse(true)) {
                takeLogged("启动时没有可用快照");
            }
        });
    }

    private void takeLogged(String why) {
        try {
            Manifest m = take();
            LOG.infof("数据集快照 %s 已生成（%s），位于发布日志第 %d 号", m.id(), why, m.sequence());
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("数据集快照生成失败", e);
        }
    }

    /** Makes a new snapshot of every dataset, makes it the latest, and prunes old ones. */
    public synchronized Manifest take() throws IOException, SQLException {
        Path root = config.snapshots().directory();
        Files.createDirectories(root);
        Instant now = Instant.now();
        String id = ID.format(now);
        Path building = root.resolve(id + ".partial");
        Files.createDirectories(building);
        List<Manifest.DatasetEntry> entries = new ArrayList<>();
        LogPosition position;
        try (Connection c = reader.snapshotConnection()) {
            position = DatasetReader.position(c);
            for (OpenDataset dataset : datasets.all()) {
                entries.add(write(c, dataset, building));
            }
            c.commit();
        }
        Manifest manifest = new Manifest(id, RdfOut.timestamp(now), position.sequence(), position.fingerprint(),
                entries);
        JSON.writeValue(building.resolve(MANIFEST).toFile(), manifest);
        StringBuilder sums = new StringBuilder();
        for (Manifest.DatasetEntry entry : entries) {
            for (Manifest.FileEntry file : entry.files()) {
                sums.append(file.sha256()).append("  ").append(file.file()).append('\n');
            }
        }
        Files.writeString(building.resolve(CHECKSUMS), sums, StandardCharsets.UTF_8);
        Path done = root.resolve(id);
        Files.move(building, done, StandardCopyOption.ATOMIC_MOVE);
        Path pointer = root.resolve("latest.tmp");
        Files.writeString(pointer, id, StandardCharsets.UTF_8);
        Files.move(pointer, root.resolve("latest"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        prune(root, id);
        return manifest;
    }

    private Manifest.DatasetEntry write(Connection c, OpenDataset dataset, Path directory)
            throws IOException, SQLException {
        List<Output> outputs = new ArrayList<>();
        try {
            for (DistributionFormat format : DistributionFormat.values()) {
                outputs.add(new Output(format, directory.resolve(dataset.name() + "." + format.extension() + ".gz"),
                        dataset));
            }
            long records = reader.stream(c, dataset, row -> {
                for (Output o : outputs) {
                    o.writer.write(row);
                }
            });
            List<Manifest.FileEntry> files = new ArrayList<>();
            for (Output o : outputs) {
                files.add(o.finish());
            }
            return new Manifest.DatasetEntry(dataset.name(), dataset.title(), records, files);
        } finally {
            for (Output o : outputs) {
                o.close();
            }
        }
    }

    /** One format's file: rows → writer → gzip → count and hash → buffered file. */
    private static final class Output {
        private final DistributionFormat format;
        private final Path file;
        private final CountingDigestStream counted;
        private final GZIPOutputStream gzip;
        private final RowWriter writer;
        private boolean closed;

        Output(DistributionFormat format, Path file, OpenDataset dataset) throws IOException {
            this.format = format;
            this.file = file;
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.counted = new CountingDigestStream(out);
            this.gzip = new GZIPOutputStream(counted, 1 << 16);
            this.writer = format.open(gzip, dataset);
        }

        Manifest.FileEntry finish() throws IOException {
            writer.finish();
            gzip.finish();
            gzip.flush();
            close();
            return new Manifest.FileEntry(format.extension(), file.getFileName().toString(), "application/gzip",
                    counted.bytes(), counted.sha256());
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                gzip.close();
            }
        }
    }

    /** The latest complete snapshot's manifest, if there is one. */
    public Optional<Manifest> latest() {
        Path root = config.snapshots().directory();
        try {
            Path pointer = root.resolve("latest");
            if (!Files.exists(pointer)) {
                return Optional.empty();
            }
            Path manifest = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()).resolve(MANIFEST);
            return Files.exists(manifest) ? Optional.of(JSON.readValue(manifest.toFile(), Manifest.class))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a file of the given snapshot lies on disk. */
    public Path file(Manifest manifest, String name) {
        return config.snapshots().directory().resolve(manifest.id()).resolve(name);
    }

    /**
     * Whether the snapshot may still be served: it was made from this database (its log position is still there)
     * and nothing has been withdrawn, expired or taken down since.
     */
    public boolean servable(Manifest manifest) {
        if (reader.fingerprintAt(manifest.sequence()).filter(manifest.fingerprint()::equals).isEmpty()) {
            return false;
        }
        return !reader.query("SELECT 1 FROM publication_log WHERE seq > ? AND event NOT IN ('PUBLISHED', 'CORRECTED')",
                List.of(manifest.sequence()), java.sql.ResultSet::next);
    }

    private void prune(Path root, String keep) throws IOException {
        List<Path> previous;
        try (Stream<Path> children = Files.list(root)) {
            previous = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals(keep))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
        int kept = 0;
        Instant dayAgo = Instant.now().minus(java.time.Duration.ofDays(1));
        for (Path p : previous) {
            if (p.getFileName().toString().endsWith(".partial")) {
                if (Files.getLastModifiedTime(p).toInstant().isAfter(dayAgo)) {
                    continue;
                }
            } else if (kept < config.snapshots().keepPrevious()) {
                kept++;
                continue;
            }
            try (Stream<Path> tree = Files.walk(p)) {
                for (Path f : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
