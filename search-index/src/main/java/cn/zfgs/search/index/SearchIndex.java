package cn.zfgs.search.index;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.search.analysis.ElasticsearchChineseAnalysis;
import cn.zfgs.search.analysis.LuceneChineseAnalysis;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMappingBuilder;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * 检索索引 — the search index as a read model of the publication log. It applies log events in order (an event
 * means: make the item's document equal its current published row, or remove it when there is none), records the
 * last applied sequence after each commit ({@link IndexState}), catches up from there when opened, and rebuilds
 * from the published tables when it has no valid state. Writes are serialised; searches run alongside.
 *
 * <p>Hibernate Search is bootstrapped here with a programmatic mapping ({@link SearchDocumentMapping}), without any
 * classpath or annotation scanning.
 */
public final class SearchIndex implements AutoCloseable {

    /** Raise when the mapping or the analysis changes: every index made by another version is then rebuilt. */
    public static final String MAPPING_VERSION = "1";

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final int EVENTS_PER_BATCH = 500;
    private static final int DOCUMENTS_PER_SESSION = 1_000;
    /**
     * How a rebuild writes its batches: it waits until each is in the index writer (so that failures surface and
     * memory stays flat) but does not commit it; the rebuild commits once, at its end. A commit (segment flush and
     * fsync) after every batch showed in about a quarter of the samples of a profiled 1,000,000-decision build
     * (docs/BENCHMARKS.md).
     */
    private static final IndexingPlanSynchronizationStrategy APPLIED = context -> {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> future.join().throwable().ifPresent(e -> {
            throw new IllegalStateException("检索索引写入失败：" + e.getMessage(), e);
        }));
    };

    /** Which search engine holds the documents. */
    public enum Backend { LUCENE, ELASTICSEARCH }

    private final CloseableSearchMapping mapping;
    private final IndexState state;
    private final Object writeLock = new Object();
    private volatile AgencyDirectory agencies = new AgencyDirectory(List.of());
    private volatile long appliedSeq;
    private volatile boolean valid;

    private SearchIndex(CloseableSearchMapping mapping, IndexState state) {
        this.mapping = mapping;
        this.state = state;
        OptionalLong seq = state.appliedSeq(MAPPING_VERSION);
        this.valid = seq.isPresent();
        this.appliedSeq = seq.orElse(0);
    }

    /**
     * Opens the index under {@code root} (documents in {@code root/documents}, state in {@code root/state}).
     * {@code engineProperties} are extra {@code hibernate.search.*} properties, e.g. the Elasticsearch hosts.
     */
    public static SearchIndex open(Path root, Backend backend, Map<String, String> engineProperties) {
        IndexState state = new IndexState(root.resolve("state"));
        try {
            return new SearchIndex(mapping(backend, root, engineProperties).build(), state);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
    }

    /** The Hibernate Search bootstrap for a backend, before {@code build()}: tests validate it for Elasticsearch. */
    public static SearchMappingBuilder mapping(Backend backend, Path root, Map<String, String> engineProperties) {
        SearchMappingBuilder builder = SearchMapping.builder(AnnotatedTypeSource.empty());
        if (backend == Backend.LUCENE) {
            builder.property("hibernate.search.backend.type", "lucene")
                    // The index format follows the Lucene on the class path; a change of it is a mapping version.
                    .property("hibernate.search.backend.lucene_version", "LATEST")
                    .property("hibernate.search.backend.directory.root", root.resolve("documents").toString())
                    // Writes without their own commit (only the rebuild's, see APPLIED) are committed within this
                    // time rather than every second; the follower commits each batch of events itself.
                    .property("hibernate.search.backend.io.commit_interval", "60000")
                    .property("hibernate.search.backend.analysis.configurer",
                            BeanReference.ofInstance(new LuceneChineseAnalysis()));
        } else {
            builder.property("hibernate.search.backend.type", "elasticsearch")
                    .property("hibernate.search.backend.analysis.configurer",
                            BeanReference.ofInstance(new ElasticsearchChineseAnalysis()));
        }
        builder.property("hibernate.search.mapping.configurer", BeanReference.ofInstance(new SearchDocumentMapping()));
        builder.property("hibernate.search.schema_management.strategy", "create-or-update");
        engineProperties.forEach(builder::property);
        return builder;
    }

    public SearchMapping mapping() {
        return mapping;
    }

    public AgencyDirectory agencies() {
        return agencies;
    }

    /** The last publication log sequence the index reflects (0 before the first rebuild). */
    public long appliedSeq() {
        return appliedSeq;
    }

    /** Whether the index holds a complete state (false until the first rebuild, and after one was cut short). */
    public boolean valid() {
        return valid;
    }

    /**
     * Brings the index up to date: rebuilds when it has no valid state, then applies every event after the applied
     * sequence. Returns the number of events applied.
     */
    public long synchronize(PublishedSource source) {
        return synchronize(source, EVENTS_PER_BATCH);
    }

    /** {@link #synchronize(PublishedSource)}, committing after every {@code eventsPerBatch} events. */
    public long synchronize(PublishedSource source, int eventsPerBatch) {
        synchronized (writeLock) {
            if (!valid || appliedSeq > source.lastSeq()) {
                // No complete state, or a state from another database (restored, recreated): start afresh.
                rebuild(source, n -> { });
            } else if (agencies.all().isEmpty()) {
                agencies = source.agencies();
            }
            long applied = 0;
            while (true) {
                List<PublishedSource.Event> events = source.eventsAfter(appliedSeq, eventsPerBatch);
                if (events.isEmpty()) {
                    return applied;
                }
                apply(source, events);
                applied += events.size();
            }
        }
    }

    /**
     * Rebuilds the index from the published tables: marks the state as rebuilding, empties the index, streams every
     * current document in, commits, and records the log sequence read before the first row (events after it are
     * then applied again, harmlessly). Reports the documents written to {@code progress}; returns their number.
     */
    public long rebuild(PublishedSource source, LongConsumer progress) {
        synchronized (writeLock) {
            state.record(IndexState.REBUILDING, MAPPING_VERSION);
            valid = false;
            long seq = source.lastSeq();
            AgencyDirectory directory = source.agencies();
            try (SearchSession session = mapping.createSession()) {
                session.workspace().purge();
            }
            long[] written = {0};
            try (Batch batch = new Batch(mapping, APPLIED)) {
                for (ContentKind kind : PublishedSource.INDEXED) {
                    source.all(kind, directory, doc -> {
                        batch.add(doc);
                        if (++written[0] % 10_000 == 0) {
                            progress.accept(written[0]);
                        }
                    });
                }
            }
            // Every batch waited until its writes were applied, so this commit holds them all before the state says
            // complete.
            try (SearchSession session = mapping.createSession()) {
                session.workspace().flush();
                session.workspace().refresh();
            }
            agencies = directory;
            state.record(seq, MAPPING_VERSION);
            appliedSeq = seq;
            valid = true;
            progress.accept(written[0]);
            LOG.infof("检索索引已重建：%d 个文档，发布日志序号 %d", written[0], seq);
            return written[0];
        }
    }

    private void apply(PublishedSource source, List<PublishedSource.Event> events) {
        Map<ContentKind, Set<Long>> items = new EnumMap<>(ContentKind.class);
        Set<Long> changedAgencies = new LinkedHashSet<>();
        for (PublishedSource.Event e : events) {
            if (e.kind() == ContentKind.AGENCY) {
                changedAgencies.add(e.itemId());
            } else if (PublishedSource.INDEXED.contains(e.kind())) {
                items.computeIfAbsent(e.kind(), k -> new LinkedHashSet<>()).add(e.itemId());
            }
        }
        AgencyDirectory directory = changedAgencies.isEmpty() ? agencies : source.agencies();
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync()).build()) {
            for (Map.Entry<ContentKind, Set<Long>> entry : items.entrySet()) {
                Set<Long> missing = new HashSet<>(entry.getValue());
                for (SearchDocument doc : source.documents(entry.getKey(), entry.getValue(), directory)) {
                    session.indexingPlan().addOrUpdate(doc);
                    missing.remove(Long.parseLong(doc.key().substring(doc.key().indexOf(':') + 1)));
                }
                for (Long gone : missing) {
                    session.indexingPlan().purge(SearchDocument.class, DocumentFactory.key(entry.getKey(), gone), null);
                }
            }
        }
        if (!changedAgencies.isEmpty()) {
            reindexAgencies(source, directory, changedAgencies);
        }
        try (SearchSession session = mapping.createSession()) {
            // Committed before the state moves on: a crash between the two replays events, never skips them.
            session.workspace().flush();
            session.workspace().refresh();
        }
        agencies = directory;
        long last = events.get(events.size() - 1).seq();
        state.record(last, MAPPING_VERSION);
        appliedSeq = last;
    }

    /**
     * An agency's published profile changed: its name, region or place in the hierarchy may have, so the documents
     * of the agency and of everything below it are written again. The event's item id is the agency profile's
     * item, whose rows carry the agency id.
     */
    private void reindexAgencies(PublishedSource source, AgencyDirectory directory, Set<Long> profileItems) {
        Set<Long> agencyIds = new LinkedHashSet<>();
        for (AgencyDirectory.Agency a : directory.all()) {
            if (profileItems.contains(a.profileItemId())) {
                agencyIds.addAll(directory.subtree(a.id()));
            }
        }
        if (agencyIds.isEmpty()) {
            return;
        }
        try (Batch batch = new Batch(mapping, IndexingPlanSynchronizationStrategy.writeSync())) {
            source.documentsOfAgencies(agencyIds, directory, batch::update);
        }
    }

    @Override
    public void close() {
        try {
            mapping.close();
        } finally {
            state.close();
        }
    }

    /** Writes documents in sessions of {@value #DOCUMENTS_PER_SESSION}, so memory stays flat however many. */
    private static final class Batch implements AutoCloseable {
        private final SearchMapping mapping;
        private final IndexingPlanSynchronizationStrategy strategy;
        private final List<SearchDocument> pending = new ArrayList<>(DOCUMENTS_PER_SESSION);
        private boolean updates;

        Batch(SearchMapping mapping, IndexingPlanSynchronizationStrategy strategy) {
            this.mapping = mapping;
            this.strategy = strategy;
        }

        void add(SearchDocument doc) {
            pending.add(doc);
            if (pending.size() == DOCUMENTS_PER_SESSION) {
                flush();
            }
        }

        void update(SearchDocument doc) {
            updates = true;
            add(doc);
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            try (SearchSession session = mapping.createSessionWithOptions()
                    .indexingPlanSynchronizationStrategy(strategy).build()) {
                Consumer<SearchDocument> write = updates ? session.indexingPlan()::addOrUpdate
                        : session.indexingPlan()::add;
                pending.forEach(write);
            }
            pending.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
