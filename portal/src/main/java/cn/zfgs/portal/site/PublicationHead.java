package cn.zfgs.portal.site;

import cn.zfgs.content.published.LogAppended;
import cn.zfgs.portal.config.PortalConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * 发布日志头 — the last sequence number of the publication log and when it was written, kept in memory so that
 * public pages can be validated and served from {@link RenderedPages} without asking the database. A publication
 * committed by this process moves it at once (after its transaction succeeds); one committed elsewhere (a separate
 * staff instance, a command-line tool) is seen at the next refresh, every {@code portal.page-cache.head-refresh}.
 */
@ApplicationScoped
public class PublicationHead {

    private static final Logger LOG = Logger.getLogger(PublicationHead.class);
    private static final String READ = "SELECT h.last_seq, l.occurred_at FROM publication_log_head h "
            + "LEFT JOIN publication_log l ON l.seq = h.last_seq WHERE h.id = 1";

    /** The log head: sequence 0 and the epoch while the log is empty. */
    public record Head(long seq, Instant occurredAt) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PortalConfig config;

    private volatile Head head;
    /** Counts this process's own advances, so that a read begun before one cannot undo it. */
    private long advances;
    private ScheduledExecutorService refresher;

    void start(@Observes StartupEvent event) {
        // A thread of its own: the Quarkus scheduler does not run jobs more often than once a second.
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "publication-head");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pageCache().headRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** The head if it has been read, without waiting for the database: null before the first read. */
    public Head known() {
        return head;
    }

    public Head current() {
        Head h = head;
        return h != null ? h : refresh();
    }

    void appended(@Observes(during = TransactionPhase.AFTER_SUCCESS) LogAppended event) {
        advance(new Head(event.seq(), event.occurredAt()));
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debug("发布日志头读取失败，稍后重试", e);
        }
    }

    private Head refresh() {
        long advancesBefore;
        synchronized (this) {
            advancesBefore = advances;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(READ);
                ResultSet rs = s.executeQuery()) {
            Head read = new Head(0, Instant.EPOCH);
            if (rs.next()) {
                Timestamp at = rs.getTimestamp(2);
                read = new Head(rs.getLong(1), at == null ? Instant.EPOCH : at.toInstant());
            }
            return set(read, advancesBefore);
        } catch (SQLException e) {
            throw new IllegalStateException("发布日志头不可读：" + e.getMessage(), e);
        }
    }

    /** The database is the truth, even when it moves the head back (a restored backup)... */
    private synchronized Head set(Head read, long advancesBefore) {
        // ...unless this process committed a publication after the read began: the read is older than that.
        if (head == null || read.seq() >= head.seq() || advances == advancesBefore) {
            head = read;
        }
        return head;
    }

    private synchronized void advance(Head appended) {
        advances++;
        if (head == null || appended.seq() > head.seq()) {
            head = appended;
        }
    }
}
