package cn.zfgs.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * 门户配置 — every {@code portal.*} setting, with its default. Environment variables work as usual
 * ({@code PORTAL_DEMO_DATA=true} for {@code portal.demo-data}).
 */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /**
     * 部署模式 (ADR 2): {@code combined} serves the public site and the staff area, {@code public} only the public site
     * ({@code /admin} answers 404), {@code admin} only the staff area (the public pages answer 404).
     */
    @WithDefault("combined")
    DeploymentMode mode();

    /** Fill an empty database with the seeded demo content and demo staff accounts at start-up. */
    @WithDefault("false")
    boolean demoData();

    /** The portal's name, shown in every page header and title. */
    @WithDefault("行政执法公示平台")
    String name();

    /** Who runs the portal, for the footer. */
    @WithDefault("江西省司法厅（示例）")
    String operator();

    /** Contact line in the footer. */
    @WithDefault("0791-88888888")
    String contactPhone();

    /** Where the public complains about enforcement, in the footer. */
    @WithDefault("12345 政务服务便民热线")
    String complaintChannel();

    /**
     * The address the public reaches the portal at, without a trailing slash: used for absolute links in feeds,
     * the sitemap, Open Graph tags and the officers' QR codes (never taken from the request's Host header).
     */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** Officer verifications one client may make per minute before getting the "too many requests" page. */
    @WithDefault("20")
    int verificationsPerMinute();

    /** Error reports one client may submit per hour. */
    @WithDefault("5")
    int reportsPerHour();

    /** The in-memory cache of rendered public pages (ADR 0016). */
    PageCache pageCache();

    /** 页面缓存 — rendered public pages kept in memory, keyed by the publication log head (ADR 0016). */
    interface PageCache {

        /** Serve repeated requests for a public page from memory until the next publication. */
        @WithDefault("true")
        boolean enabled();

        /** Memory the cached pages may take in all, in megabytes; the least used go first. */
        @WithDefault("64")
        int maxMegabytes();

        /** Larger pages (in kilobytes) are rendered every time rather than cached. */
        @WithDefault("512")
        int maxPageKilobytes();

        /**
         * How often the publication log head is read from the database, so that publications committed by another
         * process (a separate staff instance, a command) reach the cached pages; this process's own publications
         * reach them at once.
         */
        @WithDefault("200ms")
        java.time.Duration headRefresh();
    }
}
