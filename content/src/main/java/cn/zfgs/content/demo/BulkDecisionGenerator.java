package cn.zfgs.content.demo;

import cn.zfgs.content.calendar.DueDate;
import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.editorial.RevisionRedaction;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.published.PublicationEvent;
import cn.zfgs.content.record.ChainLink;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.workflow.MajorDecisionPolicy;
import cn.zfgs.content.workflow.Workflow;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * 批量执法决定生成 — writes N more published decisions straight through JDBC, for load tests and benchmarks: per
 * decision its content item, one approved and published revision with its confirmed redaction spans, the
 * publication timeline, the redacted projection, one publication-log event and one {@link RecordAction#IMPORT}
 * record entry that continues the hash chain. Content comes from {@link DecisionFactory}, so it reads like the demo;
 * the projection carries the historical publication date, while the log event and the record entry are dated when
 * the import happens, which is when the published tables changed.
 *
 * <p>It streams: decisions are generated one at a time, sent in JDBC batches of {@value #FLUSH} and committed every
 * {@code batchSize} (default {@value #DEFAULT_BATCH}) together with the advanced heads of the publication log and
 * the record chain, both locked {@code FOR UPDATE} for the batch, so a reader never sees a gap. On PostgreSQL add
 * {@code reWriteBatchedInserts=true} to the JDBC URL: the driver then sends multi-row INSERTs.
 *
 * <p>Prerequisites and limits: the demo agencies must exist ({@link DemoContentLoader}) and the importing staff
 * account; decisions are dated in the seventeen years before the earliest year already holding decisions (so their
 * 文号 never repeat existing ones); ids of content items and revisions are reserved by moving the identity columns
 * past the new range first, so run it while nobody edits.
 */
public final class BulkDecisionGenerator {

    /** 进度 — decisions written so far, of how many, rows inserted and time taken. */
    public record Progress(long decisions, long total, long rows, Duration elapsed) {

        public double rowsPerSecond() {
            return elapsed.isZero() ? 0 : rows * 1e9 / elapsed.toNanos();
        }
    }

    public static final int DEFAULT_BATCH = 10_000;
    private static final int FLUSH = 500;
    private static final int YEARS = 17;
    private static final long FIRST_INDEX = 1_000_000_000L;
    private static final MajorDecisionPolicy MAJOR = MajorDecisionPolicy.defaults();

    private final DataSource dataSource;
    private final int batchSize;
    private final PublicationDeadlines deadlines = new PublicationDeadlines(WorkdayCalendar.official());

    public BulkDecisionGenerator(DataSource dataSource) {
        this(dataSource, DEFAULT_BATCH);
    }

    public BulkDecisionGenerator(DataSource dataSource, int batchSize) {
        this.dataSource = Objects.requireNonNull(dataSource);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.batchSize = batchSize;
    }

    /**
     * Writes {@code count} decisions as imported by the staff account {@code username}, reporting after every commit.
     *
     * @throws IllegalStateException when the demo agencies or the account are missing
     */
    public Progress generate(long count, String username, Consumer<Progress> progress) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Context context = context(connection, username, count);
            DecisionSchedule schedule = new DecisionSchedule(DecisionFactory.DEMO_SEED, count,
                    FIRST_INDEX + context.existingDecisions(), context.from(), context.to());
            DecisionFactory factory = new DecisionFactory(DecisionFactory.DEMO_SEED, context::itemId);
            long written = 0;
            long rows = 0;
            try (Batch batch = new Batch(connection, context)) {
                while (written < count) {
                    long end = Math.min(count, written + batchSize);
                    batch.lockHeads();
                    for (; written < end; written++) {
                        DecisionSchedule.Slot slot = schedule.next();
                        rows += batch.add(slot, factory.decision(slot));
                    }
                    batch.flush();
                    batch.advanceHeads();
                    connection.commit();
                    progress.accept(new Progress(written, count, rows, Duration.ofNanos(System.nanoTime() - started)));
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return new Progress(written, count, rows, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** 导入上下文 — what every row needs: agencies, the importer, item ids, the reserved ids and the period. */
    private record Context(Map<DemoAgency, Long> agencyIds, Map<DemoAgency, String> agencyNames, long staffId,
            String actor, Map<String, Long> itemIds, long firstItemId, long firstRevisionId, long existingDecisions,
            LocalDate from, LocalDate to) {

        Long itemId(DemoAgency agency, String key) {
            return itemIds.get(agencyIds.get(agency) + ":" + DemoItems.find(agency, key).content().code());
        }
    }

    private Context context(Connection c, String username, long count) throws SQLException {
        Map<DemoAgency, Long> agencyIds = new EnumMap<>(DemoAgency.class);
        Map<DemoAgency, String> agencyNames = new EnumMap<>(DemoAgency.class);
        try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM agency WHERE code = ?")) {
            for (DemoAgency agency : DemoAgency.values()) {
                s.setString(1, agency.creditCode());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("缺少演示执法主体“" + agency.agencyName() + "”：请先加载演示数据");
                    }
                    agencyIds.put(agency, r.getLong(1));
                    agencyNames.put(agency, r.getString(2));
                }
            }
        }
        long staffId;
        String actor;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, display_name FROM staff_account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("工作人员账号不存在：" + username);
                }
                staffId = r.getLong(1);
                actor = "staff:" + staffId + ":" + r.getString(2);
            }
        }
        Map<String, Long> itemIds = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT item_id, agency_id, code FROM pub_enforcement_item WHERE is_current = TRUE")) {
            while (r.next()) {
                itemIds.put(r.getLong(2) + ":" + r.getString(3), r.getLong(1));
            }
        }
        long decisions = single(c, "SELECT COUNT(*) FROM content_item WHERE kind = 'DECISION'");
        LocalDate earliest;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT MIN(decision_date) FROM decision_timeline")) {
            r.next();
            earliest = r.getObject(1, LocalDate.class);
        }
        int lastYear = (earliest == null ? LocalDate.now(Workflow.CHINA) : earliest).getYear() - 1;
        long firstItem = reserve(c, "content_item", count);
        long firstRevision = reserve(c, "revision", count);
        c.commit();
        return new Context(agencyIds, agencyNames, staffId, actor, itemIds, firstItem, firstRevision, decisions,
                LocalDate.of(lastYear - YEARS + 1, 1, 4), LocalDate.of(lastYear, 12, 28));
    }

    /** Moves the identity of {@code table} past {@code count} new ids and returns the first of them. */
    private static long reserve(Connection c, String table, long count) throws SQLException {
        long first = single(c, "SELECT COALESCE(MAX(id), 0) FROM " + table) + 1;
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (first + count));
        }
        return first;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** 批次 — the prepared statements of one connection, the heads they advance, and the rows queued so far. */
    private final class Batch implements AutoCloseable {

        private final Connection connection;
        private final Context context;
        private final PreparedStatement items;
        private final PreparedStatement revisions;
        private final PreparedStatement spans;
        private final PreparedStatement timelines;
        private final PreparedStatement projections;
        private final PreparedStatement events;
        private final PreparedStatement records;
        private long nextItemId;
        private long nextRevisionId;
        private long logSeq;
        private long recordSeq;
        private String recordHash;
        private int queued;

        Batch(Connection connection, Context context) throws SQLException {
            this.connection = connection;
            this.context = context;
            this.nextItemId = context.firstItemId();
            this.nextRevisionId = context.firstRevisionId();
            items = connection.prepareStatement("INSERT INTO content_item (id, kind, agency_id, title,"
                    + " published_version, withdrawn, created_at, created_by) VALUES (?, ?, ?, ?, 1, FALSE, ?, ?)");
            revisions = connection.prepareStatement("INSERT INTO revision (id, item_id, number, status, payload,"
                    + " major, change_note, scheduled_for, created_by, created_at, submitted_by, submitted_at,"
                    + " approved_by, approved_at, published_version, lock_version)"
                    + " VALUES (?, ?, 1, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, 1, 1)");
            spans = connection.prepareStatement("INSERT INTO redaction_span (revision_id, field, start_offset, length,"
                    + " category, replacement, status, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            timelines = connection.prepareStatement("INSERT INTO decision_timeline (item_id, decision_type,"
                    + " decision_date, due_on, due_provisional, published_on, workdays_used)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
            projections = connection.prepareStatement("INSERT INTO pub_decision (item_id, version, is_current,"
                    + " published_at, change_note, agency_id, agency_name, document_number, decision_type, party_name,"
                    + " party_kind, party_credit_code, enforcement_item_id, facts, legal_bases, result, fine_amount,"
                    + " confiscated_amount, decision_date)"
                    + " VALUES (?, 1, TRUE, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            events = connection.prepareStatement("INSERT INTO publication_log (seq, event, kind, item_id, version,"
                    + " occurred_at) VALUES (?, ?, ?, ?, 1, ?)");
            records = connection.prepareStatement("INSERT INTO record_entry (seq, recorded_at, actor, action, subject,"
                    + " content_hash, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /** Takes the log and chain heads for this transaction: appends by anyone else wait until it commits. */
        void lockHeads() throws SQLException {
            logSeq = single(connection, "SELECT last_seq FROM publication_log_head WHERE id = 1 FOR UPDATE");
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT last_seq, last_hash FROM record_head WHERE id = 1 FOR UPDATE")) {
                r.next();
                recordSeq = r.getLong(1);
                recordHash = r.getString(2);
            }
        }

        void advanceHeads() throws SQLException {
            try (PreparedStatement log = connection.prepareStatement(
                    "UPDATE publication_log_head SET last_seq = ? WHERE id = 1");
                    PreparedStatement chain = connection.prepareStatement(
                            "UPDATE record_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                log.setLong(1, logSeq);
                log.executeUpdate();
                chain.setLong(1, recordSeq);
                chain.setString(2, recordHash);
                chain.executeUpdate();
            }
        }

        /** Queues the rows of one decision; returns how many. */
        int add(DecisionSchedule.Slot slot, DecisionFactory.GeneratedDecision generated) throws SQLException {
            DecisionContent content = generated.content();
            DecisionStory story = DecisionStory.plan(slot, generated, DecisionFactory.DEMO_SEED);
            long itemId = nextItemId++;
            long revisionId = nextRevisionId++;
            long agencyId = context.agencyIds().get(slot.agency());
            Instant created = office(story.created(), 9, slot.index());
            Instant submitted = created.plusSeconds(1_800);
            Instant published = office(story.approved(), 15, slot.index());
            Instant now = Instant.now();
            String payload = ContentJson.write(content);

            items.setLong(1, itemId);
            items.setString(2, ContentKind.DECISION.name());
            items.setLong(3, agencyId);
            items.setString(4, content.title());
            items.setObject(5, utc(created));
            items.setLong(6, context.staffId());
            items.addBatch();

            revisions.setLong(1, revisionId);
            revisions.setLong(2, itemId);
            revisions.setString(3, RevisionStatus.PUBLISHED.name());
            revisions.setString(4, payload);
            revisions.setBoolean(5, MAJOR.isMajor(content));
            revisions.setLong(6, context.staffId());
            revisions.setObject(7, utc(created));
            revisions.setLong(8, context.staffId());
            revisions.setObject(9, utc(submitted));
            revisions.setLong(10, context.staffId());
            revisions.setObject(11, utc(published));
            revisions.addBatch();

            for (RedactionSpan span : generated.spans()) {
                spans.setLong(1, revisionId);
                spans.setString(2, span.field());
                spans.setInt(3, span.start());
                spans.setInt(4, span.length());
                spans.setString(5, span.category().name());
                spans.setString(6, span.replacement());
                spans.setString(7, RevisionRedaction.Status.CONFIRMED.name());
                spans.setString(8, RevisionRedaction.Origin.MANUAL.name());
                spans.addBatch();
            }

            DueDate due = deadlines.publicationDue(content.decisionType(), content.decisionDate());
            timelines.setLong(1, itemId);
            timelines.setString(2, content.decisionType().name());
            timelines.setObject(3, content.decisionDate());
            timelines.setObject(4, due.date());
            timelines.setBoolean(5, due.provisional());
            timelines.setObject(6, story.approved());
            timelines.setInt(7, deadlines.assessPublication(content.decisionType(), content.decisionDate(),
                    story.approved()).workdaysUsed());
            timelines.addBatch();

            DecisionContent redacted = generated.redacted();
            projections.setLong(1, itemId);
            projections.setObject(2, utc(published));
            projections.setLong(3, agencyId);
            projections.setString(4, context.agencyNames().get(slot.agency()));
            projections.setString(5, redacted.documentNumber());
            projections.setString(6, redacted.decisionType().name());
            projections.setString(7, redacted.partyName());
            projections.setString(8, redacted.partyKind().name());
            setNullable(projections, 9, redacted.partyCreditCode(), Types.VARCHAR);
            setNullable(projections, 10, redacted.enforcementItemId(), Types.BIGINT);
            projections.setString(11, redacted.facts());
            projections.setString(12, ContentJson.write(redacted.legalBases()));
            projections.setString(13, redacted.result());
            setNullable(projections, 14, redacted.fineAmount(), Types.NUMERIC);
            setNullable(projections, 15, redacted.confiscatedAmount(), Types.NUMERIC);
            projections.setObject(16, redacted.decisionDate());
            projections.addBatch();

            events.setLong(1, ++logSeq);
            events.setString(2, PublicationEvent.Kind.PUBLISHED.name());
            events.setString(3, ContentKind.DECISION.name());
            events.setLong(4, itemId);
            events.setObject(5, utc(now));
            events.addBatch();

            ChainLink link = ChainLink.next(recordSeq, recordHash, now, context.actor(), RecordAction.IMPORT,
                    ContentKind.DECISION + ":" + itemId + ":r1", ChainLink.sha256(payload));
            recordSeq = link.seq();
            recordHash = link.entryHash();
            records.setLong(1, link.seq());
            records.setObject(2, utc(link.recordedAt()));
            records.setString(3, link.actor());
            records.setString(4, link.action().name());
            records.setString(5, link.subject());
            records.setString(6, link.contentHash());
            records.setString(7, link.previousHash());
            records.setString(8, link.entryHash());
            records.addBatch();

            if (++queued == FLUSH) {
                flush();
            }
            return 6 + generated.spans().size();
        }

        /** Sends the queued rows, parents before children. */
        void flush() throws SQLException {
            for (PreparedStatement s : List.of(items, revisions, spans, timelines, projections, events, records)) {
                s.executeBatch();
            }
            queued = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : List.of(items, revisions, spans, timelines, projections, events, records)) {
                s.close();
            }
        }
    }

    /** An office-hours instant on {@code day}: {@code hour} plus a spread of minutes that differs per decision. */
    private static Instant office(LocalDate day, int hour, long index) {
        return day.atTime(hour, (int) Math.floorMod(index * 37, 60)).atZone(Workflow.CHINA).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void setNullable(PreparedStatement s, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            s.setNull(index, sqlType);
        } else if (value instanceof BigDecimal amount) {
            s.setBigDecimal(index, amount);
        } else {
            s.setObject(index, value);
        }
    }
}
