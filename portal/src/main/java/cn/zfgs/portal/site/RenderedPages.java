package cn.zfgs.portal.site;

import cn.zfgs.portal.config.PortalConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 页面缓存 — public pages as they were rendered, kept in memory and served again until the published model changes
 * (ADR 0016). A page is a function of its address, the representation asked for, the reader's text size, the date
 * and the published model; the key holds all five, the last as the publication log's head, so that a publication,
 * correction or withdrawal makes every older entry unreachable at once; they age out of memory later.
 */
@ApplicationScoped
public class RenderedPages {

    /** What a rendered page depends on. */
    public record Key(String uri, String accept, boolean largeText, LocalDate day, long seq) {
    }

    /** A rendered page: its headers (without cookies, dates or lengths) and its body. */
    public record Page(Map<String, List<String>> headers, byte[] body) {
    }

    @Inject
    PortalConfig config;

    private Cache<Key, Page> pages;

    @PostConstruct
    void create() {
        pages = Caffeine.newBuilder()
                .maximumWeight(config.pageCache().maxMegabytes() * 1024L * 1024L)
                .weigher((Key k, Page p) -> p.body().length + k.uri().length() * 2 + 256)
                // Entries of an older log head are never asked for again; this frees them when nothing else does.
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    public boolean enabled() {
        return config.pageCache().enabled();
    }

    public Optional<Page> find(Key key) {
        return enabled() ? Optional.ofNullable(pages.getIfPresent(key)) : Optional.empty();
    }

    /** Keeps a page unless it is larger than the configured limit. */
    public void keep(Key key, Page page) {
        if (enabled() && page.body().length <= maxPageBytes()) {
            pages.put(key, page);
        }
    }

    public int maxPageBytes() {
        return config.pageCache().maxPageKilobytes() * 1024;
    }
}
