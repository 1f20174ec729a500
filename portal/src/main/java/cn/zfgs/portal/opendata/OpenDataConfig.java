package cn.zfgs.portal.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/**
 * 开放数据配置 — every {@code opendata.*} setting, with its default (environment variables as usual, e.g.
 * {@code OPENDATA_BASE_URI}, {@code OPENDATA_SNAPSHOTS_DIRECTORY}).
 */
@ConfigMapping(prefix = "opendata")
public interface OpenDataConfig {

    /**
     * The address every stable URI starts with, e.g. {@code https://zfgs.jiangxi.gov.cn}: set it once, never change
     * it, since people cite these URIs. No trailing slash.
     */
    @WithDefault("http://localhost:8080")
    String baseUri();

    /** The licence of every dataset (a URI), named in the DCAT description and on the catalogue page. */
    @WithDefault("https://creativecommons.org/licenses/by/4.0/")
    String licence();

    /** The licence's name as shown on the catalogue page. */
    @WithDefault("知识共享署名 4.0 国际许可协议（CC BY 4.0）")
    String licenceTitle();

    /** Rows fetched from the database per round trip while streaming a dataset (the memory a download uses). */
    @WithDefault("1000")
    int fetchSize();

    /**
     * Run the read model, the snapshot jobs and their catch-up at start. The command line turns them off: a
     * command that runs and exits has no use for them.
     */
    @WithDefault("true")
    boolean backgroundJobs();

    Snapshots snapshots();

    Rdf rdf();

    Sparql sparql();

    /** 数据集快照 — daily files with their record count and SHA-256. */
    interface Snapshots {

        /** Where snapshot files and their manifests are written. */
        @WithDefault("data/opendata/snapshots")
        Path directory();

        /** Time of day (Asia/Shanghai, HH:mm) of the daily snapshot. */
        @WithDefault("02:30")
        String dailyAt();

        /** How often to look for withdrawals newer than the latest snapshot, which then is made again. */
        @WithDefault("1m")
        String withdrawalCheckInterval();

        /** Snapshots kept on disk besides the latest, for the operator (only the latest is served). */
        @WithDefault("2")
        int keepPrevious();
    }

    /** RDF 读模型 — the Jena TDB2 dataset the SPARQL endpoint queries, fed by the publication log. */
    interface Rdf {

        /** Directory of the TDB2 databases. */
        @WithDefault("data/opendata/rdf")
        Path directory();

        /** How often the read model applies new publication log events. */
        @WithDefault("1s")
        String followInterval();

        /** Entities written per TDB2 transaction while rebuilding. */
        @WithDefault("2000")
        int batchSize();
    }

    /** SPARQL 查询服务 limits. */
    interface Sparql {

        /** A query still running after this long is stopped and answered with an explanation (e.g. 10s). */
        @WithDefault("10s")
        java.time.Duration timeout();

        /** At most this many results (rows, or triples for CONSTRUCT/DESCRIBE) per query. */
        @WithDefault("10000")
        int resultLimit();

        /** The longest query text accepted, in characters. */
        @WithDefault("20000")
        int maxQueryLength();

        /** Queries run at once; more are refused with 429 rather than queued. */
        @WithDefault("4")
        int maxConcurrent();
    }
}
