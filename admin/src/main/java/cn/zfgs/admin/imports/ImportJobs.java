package cn.zfgs.admin.imports;

import cn.zfgs.admin.AdminConfig;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.importing.ImportColumn;
import cn.zfgs.content.importing.ImportJob;
import cn.zfgs.content.importing.ImportJobError;
import cn.zfgs.content.importing.ImportKind;
import cn.zfgs.content.importing.Importer;
import cn.zfgs.content.importing.RowReader;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * 导入任务 — runs uploaded files in the background, one at a time, in two passes over the file. The first reads and
 * checks every row and writes nothing: a file that cannot be read as a whole (wrong type, zip bomb, bad header, too
 * many rows) fails here with nothing imported. The second, unless a dry run, puts each good row in through the
 * {@link Importer}, a hundred rows to a transaction; if a batch fails, its rows are retried one by one, so each row is
 * imported whole or not at all (ADR 0013). Progress is saved as it goes, for the job's page.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final int BATCH = 100;
    private static final int PROGRESS_EVERY = 500;
    /** Refused cells are written in batches of this many, so that a file of bad rows does not fill the memory. */
    static final int ERROR_BATCH = 1000;

    @Inject
    EntityManager em;
    @Inject
    Importer importer;
    @Inject
    RecordChain record;
    @Inject
    AdminConfig config;

    private final LawCatalogue laws = LawCatalogue.shipped();
    private final Instant startedAt = Instant.now();
    private final AtomicBoolean swept = new AtomicBoolean();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zfgs-import");
        t.setDaemon(true);
        return t;
    });

    /**
     * A job left unfinished by an earlier run of the application is marked as interrupted (its rows are kept; an
     * idempotent re-run completes it). Done on first use rather than at start-up, because an instance in the
     * {@code public} deployment mode must not touch the editorial tables at all.
     */
    public void sweepInterrupted() {
        if (swept.compareAndSet(false, true)) {
            QuarkusTransaction.requiringNew().run(() -> em.createQuery("FROM ImportJob WHERE state IN :open "
                            + "AND createdAt < :start", ImportJob.class)
                    .setParameter("open", List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING))
                    .setParameter("start", startedAt)
                    .getResultList()
                    .forEach(job -> job.fail("服务重启，任务中断。已写入的行保留；重新上传同一文件即可继续（重复导入不会产生重复数据）",
                            Instant.now())));
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /**
     * Queues the file (which this class now owns and deletes when done) and returns the job's id at once.
     */
    public Long start(Actor actor, ImportKind kind, Long agencyId, Path file, String fileName,
            SheetFiles.Format format, boolean dryRun, boolean submit) throws IOException {
        sweepInterrupted();
        String sha256 = sha256(file);
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob(kind, agencyId, actor.id(), fileName, sha256, dryRun, submit,
                    Instant.now());
            em.persist(job);
            return job.id();
        });
        runner.submit(() -> {
            try {
                run(id, actor, kind, agencyId, file, format, dryRun, submit);
            } catch (RuntimeException unexpected) {
                LOG.errorf(unexpected, "import job %d failed", id);
                update(id, job -> job.fail("导入因系统错误中断（已记录）。已写入的行保留；重新上传同一文件即可继续", Instant.now()));
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf(e, "could not delete %s", file);
                }
            }
        });
        return id;
    }

    private void run(Long id, Actor actor, ImportKind kind, Long agencyId, Path file, SheetFiles.Format format,
            boolean dryRun, boolean submit) {
        Check check = new Check(id, kind, LocalDate.now(Workflow.CHINA));
        try {
            SheetFiles.read(file, format, check::row);
            if (check.header == null) {
                throw new SheetFiles.Unreadable("文件中没有任何内容（第 1 行应为表头）");
            }
        } catch (SheetFiles.Unreadable | SheetFiles.Stop refused) {
            update(id, job -> job.fail(refused.getMessage(), Instant.now()));
            return;
        } catch (IOException e) {
            update(id, job -> job.fail("读取上传的文件失败：" + e.getMessage(), Instant.now()));
            return;
        }
        saveErrors(id, check.errors);
        update(id, job -> job.checked(check.rows, check.badRows.size()));
        if (!dryRun) {
            Write write = new Write(id, actor, kind, agencyId, submit, check);
            try {
                SheetFiles.read(file, format, write::row);
                write.flush();
            } catch (SheetFiles.Unreadable | SheetFiles.Stop | IOException e) {
                // Read in full once already: only a file changed on disk in between could get here.
                update(id, job -> job.fail("第二次读取文件失败：" + e.getMessage() + "。已写入的行保留", Instant.now()));
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> record.append(actor.recordName(), RecordAction.IMPORT,
                    "import:" + id, kind.name() + ":" + check.fileSummary(write), Instant.now()));
        }
        update(id, job -> job.finish(Instant.now()));
    }

    /** The first pass: the header, then every row checked; the keys seen so far catch a row repeated in the file. */
    private final class Check {
        final Long id;
        final ImportKind kind;
        final LocalDate today;
        final RowReader reader;
        List<String> header;
        int headerRow;
        int rows;
        final Set<Integer> badRows = new HashSet<>();
        final List<ImportJobError> errors = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();
        Check(Long id, ImportKind kind, LocalDate today) {
            this.id = id;
            this.kind = kind;
            this.today = today;
            this.reader = new RowReader(kind, laws);
        }

        void row(int number, List<String> cells) {
            if (header == null) {
                header = header(cells);
                headerRow = number;
                return;
            }
            rows++;
            if (rows > config.importMaxRows()) {
                throw new SheetFiles.Stop("文件超过 " + config.importMaxRows() + " 行数据，请分成几个文件上传");
            }
            Map<String, String> byHeader = cellsByHeader(header, cells);
            List<FieldError> problems = new ArrayList<>(reader.read(byHeader, today).errors());
            String key = byHeader.getOrDefault(kind.keyColumn().header(), "").strip();
            if (!key.isEmpty()) {
                Integer first = keys.putIfAbsent(key, number);
                if (first != null) {
                    problems.add(new FieldError(kind.keyColumn().header(), kind.keyColumn().header() + "：与第 " + first
                            + " 行重复（同一文件中每条只能出现一次）"));
                }
            }
            if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream()
                    .anyMatch(c -> !c.isBlank())) {
                problems.add(new FieldError("（表头以外）", "本行在表头以外的列中有内容，请检查是否错位"));
            }
            if (!problems.isEmpty()) {
                badRows.add(number);
                problems.forEach(p -> listError(number, p));
            }
            if (rows % PROGRESS_EVERY == 0) {
                int done = rows;
                update(id, job -> job.checking(done));
            }
        }

        /** Every refused cell is kept: the page lists the first ones, the downloadable report all of them. */
        void listError(int number, FieldError e) {
            errors.add(new ImportJobError(id, number, e.field(), e.message()));
            if (errors.size() >= ERROR_BATCH) {
                saveErrors(id, errors);
                errors.clear();
            }
        }

        /** The header must name the template's columns: each once, none unknown, every required one present. */
        private List<String> header(List<String> cells) {
            List<String> names = cells.stream().map(String::strip).toList();
            List<String> problems = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (name.isEmpty()) {
                    continue;
                }
                if (kind.columns().stream().noneMatch(c -> c.header().equals(name))) {
                    problems.add("未知的列“" + name + "”");
                } else if (!seen.add(name)) {
                    problems.add("列“" + name + "”出现了两次");
                }
            }
            for (ImportColumn column : kind.columns()) {
                if (column.required() && !seen.contains(column.header())) {
                    problems.add("缺少必填列“" + column.header() + "”");
                }
            }
            if (!problems.isEmpty()) {
                throw new SheetFiles.Stop("第 1 行表头与“" + kind.label() + "”导入模板不符：" + String.join("；", problems)
                        + "。请下载本页的模板，按模板的列填写");
            }
            return names;
        }

        String fileSummary(Write write) {
            return "rows=" + rows + ",bad=" + write.bad + ",created=" + write.created + ",updated=" + write.updated
                    + ",unchanged=" + write.unchanged;
        }
    }

    /** The second pass: good rows in batches, each batch one transaction, a failed batch retried row by row. */
    private final class Write {
        final Long id;
        final Actor actor;
        final ImportKind kind;
        final Long agencyId;
        final boolean submit;
        final Check check;
        final RowReader reader;
        final LocalDate today = LocalDate.now(Workflow.CHINA);
        final Map<Integer, RowReader.Parsed> batch = new LinkedHashMap<>();
        int processed;
        int created;
        int updated;
        int unchanged;
        int bad;

        Write(Long id, Actor actor, ImportKind kind, Long agencyId, boolean submit, Check check) {
            this.id = id;
            this.actor = actor;
            this.kind = kind;
            this.agencyId = agencyId;
            this.submit = submit;
            this.check = check;
            this.reader = new RowReader(kind, laws);
            this.bad = check.badRows.size();
        }

        void row(int number, List<String> cells) {
            if (number <= check.headerRow) {
                return;
            }
            if (check.badRows.contains(number)) {
                processed++;
                return;
            }
            RowReader.Parsed parsed = reader.read(cellsByHeader(check.header, cells), today);
            if (!parsed.valid()) {
                // A date rule that passed in the first pass failed at midnight: report it like any bad row.
                failed(number, parsed.errors());
                processed++;
                return;
            }
            batch.put(number, parsed);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            Instant at = Instant.now();
            try {
                List<Importer.Outcome> outcomes = QuarkusTransaction.requiringNew()
                        .call(() -> {
                            importer.lockAgency(agencyId);
                            List<Importer.Outcome> done = new ArrayList<>();
                            for (RowReader.Parsed row : batch.values()) {
                                done.add(importer.put(actor, agencyId, row.content(), row.changeNote(), submit, at)
                                        .outcome());
                            }
                            return done;
                        });
                outcomes.forEach(this::count);
            } catch (RuntimeException batchFailed) {
                batch.forEach((number, row) -> {
                    try {
                        count(QuarkusTransaction.requiringNew().call(() -> importer.put(actor, agencyId,
                                row.content(), row.changeNote(), submit, at).outcome()));
                    } catch (InvalidContentException invalid) {
                        failed(number, invalid.errors().stream().map(e -> new FieldError(
                                kind.columnOf(e.field()).map(ImportColumn::header).orElse(kind.keyColumn().header()),
                                e.message())).toList());
                    } catch (WorkflowException refused) {
                        failed(number, List.of(new FieldError(kind.keyColumn().header(), refused.getMessage())));
                    }
                });
            }
            processed += batch.size();
            batch.clear();
            int p = processed;
            int c = created;
            int u = updated;
            int n = unchanged;
            int b = bad;
            update(id, job -> job.wrote(p, c, u, n, b));
        }

        private void count(Importer.Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        private void failed(int number, List<FieldError> errors) {
            bad++;
            List<ImportJobError> rows = new ArrayList<>();
            for (FieldError e : errors) {
                rows.add(new ImportJobError(id, number, e.field(), e.message()));
            }
            saveErrors(id, rows);
        }
    }

    private static Map<String, String> cellsByHeader(List<String> header, List<String> cells) {
        Map<String, String> byHeader = new HashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            if (!header.get(i).isEmpty()) {
                byHeader.put(header.get(i), cells.get(i));
            }
        }
        return byHeader;
    }

    /**
     * One page of a job's report in its order (row, then cell), after the cell {@code (afterRow, afterId)}: the
     * downloadable report is read page by page, so its size is not bounded by memory.
     */
    @Transactional
    public List<ImportJobError> errorsAfter(Long jobId, int afterRow, long afterId, int limit) {
        return em.createQuery("FROM ImportJobError WHERE jobId = :j AND (rowNumber > :r OR rowNumber = :r AND id > :i) "
                        + "ORDER BY rowNumber, id", ImportJobError.class)
                .setParameter("j", jobId).setParameter("r", afterRow).setParameter("i", afterId)
                .setMaxResults(limit).getResultList();
    }

    private void saveErrors(Long id, List<ImportJobError> errors) {
        if (!errors.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> errors.forEach(em::persist));
        }
    }

    private void update(Long id, Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(em.find(ImportJob.class, id)));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
