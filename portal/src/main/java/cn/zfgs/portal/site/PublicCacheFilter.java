package cn.zfgs.portal.site;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * HTTP caching of public pages. Every public page is a function of the published model, the date (for "this year"
 * and certificate validity) and the reader's text size, so the validator is the publication log's last sequence
 * number, today's date and the text size: any publication, correction or withdrawal changes it at once, and the
 * log head is held in memory ({@link PublicationHead}). Responses say {@code no-cache}: a browser or proxy may keep
 * a copy but must ask again every time, so a withdrawal is never hidden behind a stale copy; the answer to that
 * question is a cheap 304. Successful pages are also kept in {@link RenderedPages} under the same validator.
 */
@Provider
@PublicCache
public class PublicCacheFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String VALIDATOR = PublicCacheFilter.class.getName();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    PublicationHead head;
    @Inject
    Reading reading;
    @Inject
    RenderedPages pages;
    @Inject
    HttpServerRequest http;

    /** What a page's freshness is judged by. */
    record Validator(String etag, Instant lastModified, long seq, LocalDate day) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return;
        }
        Validator v = current();
        request.setProperty(VALIDATOR, v);
        if (notModified(v, request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE))) {
            request.abortWith(Response.notModified()
                    .header(HttpHeaders.ETAG, v.etag())
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .header(HttpHeaders.VARY, HttpHeaders.COOKIE)
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(VALIDATOR) instanceof Validator v)) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        headers.putSingle(HttpHeaders.VARY, HttpHeaders.COOKIE);
        if (response.getStatus() == 200) {
            headers.putSingle(HttpHeaders.ETAG, v.etag());
            headers.putSingle(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(v.lastModified().atOffset(ZoneOffset.UTC)));
            if ("GET".equals(request.getMethod()) && pages.enabled() && !headers.containsKey(HttpHeaders.SET_COOKIE)) {
                request.setProperty(PageCapture.KEY, key(http, v.seq(), v.day(), reading.largeText()));
            }
        }
    }

    /** The cache key of the page a request asks for, under the given log head and day. */
    static RenderedPages.Key key(HttpServerRequest request, long seq, LocalDate day, boolean largeText) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return new RenderedPages.Key(request.uri(), accept == null ? "" : accept, largeText, day, seq);
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private Validator current() {
        PublicationHead.Head h = head.current();
        LocalDate today = today();
        Instant changed = h.occurredAt().truncatedTo(ChronoUnit.SECONDS);
        Instant midnight = today.atStartOfDay(CHINA).toInstant();
        Instant lastModified = changed.isAfter(midnight) ? changed : midnight;
        String etag = "W/\"" + h.seq() + "-" + today + (reading.largeText() ? "-L" : "-N") + "\"";
        return new Validator(etag, lastModified, h.seq(), today);
    }

    /** RFC 9110: If-None-Match (weak comparison) wins over If-Modified-Since when both are sent. */
    static boolean notModified(Validator v, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            String opaque = opaque(v.etag());
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !v.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
