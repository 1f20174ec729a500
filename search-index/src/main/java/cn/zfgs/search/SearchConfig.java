package cn.zfgs.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * 检索配置 — the {@code search.*} settings, with their defaults. Environment variables work as usual
 * ({@code SEARCH_DIRECTORY}, {@code SEARCH_BACKEND}, {@code SEARCH_ELASTICSEARCH_HOSTS} …).
 */
@ConfigMapping(prefix = "search")
public interface SearchConfig {

    /**
     * Where the index lives: the Lucene documents (Lucene backend) and, for every backend, the index state (the
     * last applied publication log sequence). Relative to the working directory.
     */
    @WithDefault("data/search-index")
    String directory();

    /** How often the index looks for new publication log events (a duration: 250ms, 1s …). */
    @WithDefault("250ms")
    Duration pollInterval();

    /** Whether this instance keeps the index current; the command line turns it off. */
    @WithDefault("true")
    boolean follow();

    /** {@code lucene} (one machine) or {@code elasticsearch} (an Elasticsearch or OpenSearch cluster). */
    @WithDefault("lucene")
    String backend();

    /** The cluster, when {@link #backend()} is {@code elasticsearch}. */
    Elasticsearch elasticsearch();

    /** Elasticsearch / OpenSearch connection. */
    interface Elasticsearch {

        /** host:port, comma-separated. */
        @WithDefault("localhost:9200")
        String hosts();

        /** {@code http} or {@code https}. */
        @WithDefault("http")
        String protocol();

        /**
         * The cluster's distribution and version, e.g. {@code 8.15} or {@code opensearch:2.17}; when unset it is
         * asked from the cluster at start.
         */
        Optional<String> version();

        Optional<String> username();

        Optional<String> password();
    }
}
