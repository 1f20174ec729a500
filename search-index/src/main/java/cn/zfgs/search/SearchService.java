package cn.zfgs.search;

import cn.zfgs.search.index.PublishedSource;
import cn.zfgs.search.index.SearchIndex;
import cn.zfgs.search.query.SearchRequest;
import cn.zfgs.search.query.SearchResults;
import cn.zfgs.search.query.Searcher;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * 检索服务 — the application's one search index: opened on first use from {@link SearchConfig}, kept current by a
 * thread that follows the publication log every {@code search.poll-interval} (catching up, or rebuilding an index
 * that has no valid state, on its first run), and closed with the application.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    @Inject
    SearchConfig config;
    @Inject
    DataSource dataSource;

    private ScheduledExecutorService follower;
    private SearchIndex index;
    private Searcher searcher;

    void start(@Observes StartupEvent event) {
        if (!config.follow()) {
            return;
        }
        // A thread of its own: the Quarkus scheduler does not run jobs more often than once a second.
        follower = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index-follower");
            thread.setDaemon(true);
            return thread;
        });
        follower.scheduleWithFixedDelay(this::follow, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void follow() {
        try {
            long applied = index().synchronize(source());
            if (applied > 0) {
                LOG.debugf("检索索引应用了 %d 个发布事件，至序号 %d", applied, index().appliedSeq());
            }
        } catch (RuntimeException e) {
            LOG.error("检索索引同步失败，稍后重试", e);
        }
    }

    public SearchResults search(SearchRequest request) {
        return searcher().search(request);
    }

    /** Whether the index holds a complete state; false only until the first rebuild finishes. */
    public boolean ready() {
        return index().valid();
    }

    public long appliedSeq() {
        return index().appliedSeq();
    }

    /** Applies every publication event not yet applied; returns how many it applied. */
    public long synchronize() {
        return index().synchronize(source());
    }

    /** Rebuilds the index from the published tables, then applies what was published meanwhile. */
    public long rebuild(LongConsumer progress) {
        long documents = index().rebuild(source(), progress);
        index().synchronize(source());
        return documents;
    }

    private PublishedSource source() {
        return new PublishedSource(dataSource);
    }

    private synchronized Searcher searcher() {
        if (searcher == null) {
            searcher = new Searcher(index());
        }
        return searcher;
    }

    synchronized SearchIndex index() {
        if (index == null) {
            SearchIndex.Backend backend = SearchIndex.Backend.valueOf(config.backend().toUpperCase(Locale.ROOT));
            index = SearchIndex.open(Path.of(config.directory()), backend, engineProperties(backend));
        }
        return index;
    }

    private Map<String, String> engineProperties(SearchIndex.Backend backend) {
        Map<String, String> properties = new HashMap<>();
        if (backend == SearchIndex.Backend.ELASTICSEARCH) {
            SearchConfig.Elasticsearch es = config.elasticsearch();
            properties.put("hibernate.search.backend.hosts", es.hosts());
            properties.put("hibernate.search.backend.protocol", es.protocol());
            es.version().ifPresent(v -> properties.put("hibernate.search.backend.version", v));
            es.username().ifPresent(v -> properties.put("hibernate.search.backend.username", v));
            es.password().ifPresent(v -> properties.put("hibernate.search.backend.password", v));
        }
        return properties;
    }

    @PreDestroy
    void close() {
        if (follower != null) {
            follower.shutdownNow();
            try {
                follower.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeIndex();
    }

    private synchronized void closeIndex() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
