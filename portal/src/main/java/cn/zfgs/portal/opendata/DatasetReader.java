package cn.zfgs.portal.opendata;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 数据读取 — reads datasets from the published tables with plain JDBC: a download runs in one read-only
 * REPEATABLE READ transaction (a consistent picture, with the publication log position it reflects) and fetches
 * rows through a server-side cursor, a few hundred at a time, so memory stays constant whatever the size.
 * Only {@code pub_*} tables and the publication log are read: the public deployment's role can do this.
 */
@ApplicationScoped
public class DatasetReader {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OpenDataConfig config;

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface RowSink {
        void accept(DatasetRow row) throws IOException;
    }

    /** What a complete read produced: the number of rows and the log position they reflect. */
    public record Extract(long rows, LogPosition position) {
    }

    /** Streams every row of the dataset to {@code sink}, in the dataset's order. */
    public Extract stream(OpenDataset dataset, RowSink sink) throws SQLException, IOException {
        try (Connection c = snapshotConnection()) {
            LogPosition position = position(c);
            long rows = stream(c, dataset, sink);
            c.commit();
            return new Extract(rows, position);
        }
    }

    /** Streams every row of the dataset through a connection the caller holds (and keeps consistent). */
    public long stream(Connection c, OpenDataset dataset, RowSink sink) throws SQLException, IOException {
        long[] rows = {0};
        cursor(c, dataset.selectAll(), rs -> {
            sink.accept(dataset.read(rs));
            rows[0]++;
        });
        return rows[0];
    }

    /** Handles one row of a cursor. */
    @FunctionalInterface
    public interface CursorRow {
        void accept(ResultSet rs) throws SQLException, IOException;
    }

    /** Runs {@code sql} through a server-side cursor, handing each row to {@code each}. */
    public void cursor(Connection c, String sql, CursorRow each) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(config.fetchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs);
                }
            }
        }
    }

    /** 发布日志事件 — one event as read models and the change feed see it. */
    public record LogEvent(long sequence, String event, String kind, long itemId, int version,
            java.time.Instant occurredAt, String fingerprint) {
    }

    /** Events after {@code sequence}, oldest first, at most {@code limit}. */
    public List<LogEvent> eventsAfter(long sequence, int limit) {
        return query("SELECT seq, event, kind, item_id, version, occurred_at FROM publication_log WHERE seq > ? "
                + "ORDER BY seq LIMIT " + limit, List.of(sequence), rs -> {
                    List<LogEvent> events = new ArrayList<>();
                    while (rs.next()) {
                        events.add(new LogEvent(rs.getLong("seq"), rs.getString("event"), rs.getString("kind"),
                                rs.getLong("item_id"), rs.getInt("version"),
                                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), fingerprint(rs)));
                    }
                    return events;
                });
    }

    /** The rows one query selects, for the small reads of single entities and API pages. */
    public List<DatasetRow> rows(OpenDataset dataset, String sql, List<?> parameters) {
        return query(sql, parameters, rs -> {
            List<DatasetRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(dataset.read(rs));
            }
            return rows;
        });
    }

    public Optional<DatasetRow> row(OpenDataset dataset, String sql, List<?> parameters) {
        return rows(dataset, sql, parameters).stream().findFirst();
    }

    /** Reads a result set inside one short read-only connection. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public <T> T query(String sql, List<?> parameters, Reading<T> reading) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return reading.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the published tables failed: " + e.getMessage(), e);
        }
    }

    /** The publication log's current position. */
    public LogPosition position() {
        try (Connection c = dataSource.getConnection()) {
            return position(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the publication log failed", e);
        }
    }

    /** The fingerprint the log has at {@code sequence} now, or empty when it has no such event. */
    public Optional<String> fingerprintAt(long sequence) {
        if (sequence == 0) {
            return Optional.of(LogPosition.START.fingerprint());
        }
        return query("SELECT seq, event, kind, item_id, version, occurred_at FROM publication_log WHERE seq = ?",
                List.of(sequence), rs -> rs.next() ? Optional.of(fingerprint(rs)) : Optional.empty());
    }

    /** A connection in a read-only REPEATABLE READ transaction: everything it reads is one consistent picture. */
    public Connection snapshotConnection() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** The log position as seen by {@code c} (inside its transaction, if it has one). */
    public static LogPosition position(Connection c) throws SQLException {
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM publication_log_head WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        if (last == 0) {
            return LogPosition.START;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, event, kind, item_id, version, occurred_at FROM publication_log WHERE seq = ?")) {
            ps.setLong(1, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new LogPosition(last, fingerprint(rs));
            }
        }
    }

    private static String fingerprint(ResultSet rs) throws SQLException {
        return rs.getLong("seq") + "/" + rs.getString("event") + "/" + rs.getString("kind") + "/"
                + rs.getLong("item_id") + "/" + rs.getInt("version") + "/"
                + rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
    }
}
