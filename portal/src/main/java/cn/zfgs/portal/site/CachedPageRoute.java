package cn.zfgs.portal.site;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Answers a request for a public page from {@link RenderedPages} on the HTTP event loop, before anything else runs,
 * when the page was rendered under the current publication log head and date: no worker thread, no database. Every
 * other request (a conditional one, a page not yet rendered, the staff area) goes on to the resources as usual.
 */
@ApplicationScoped
public class CachedPageRoute {

    /** Before the REST layer, after nothing in particular: cached pages need no other filter. */
    private static final int PRIORITY = 1_000;

    @Inject
    RenderedPages pages;
    @Inject
    PublicationHead head;

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        PublicationHead.Head h = head.known();
        if (h == null || request.method() != HttpMethod.GET || !pages.enabled()
                || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
                || request.path().startsWith("/admin") || request.path().startsWith("/q/")) {
            context.next();
            return;
        }
        var page = pages.find(PublicCacheFilter.key(request, h.seq(), PublicCacheFilter.today(),
                Reading.largeText(request)));
        if (page.isEmpty()) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        page.get().headers().forEach((name, values) -> response.headers().add(name, values));
        response.putHeader("X-Cache", "hit");
        response.end(Buffer.buffer(page.get().body()));
    }
}
