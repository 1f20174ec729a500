package cn.zfgs.admin.imports;

import cn.zfgs.admin.AdminConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 上传超限 — an import file larger than the HTTP body limit ({@code quarkus.http.limits.max-body-size}) never reaches
 * {@link ImportResource}: Quarkus answers an empty 413, which a browser shows as a bare error or a reset connection.
 * This answers instead. An upload whose Content-Length is over the limit (as a browser sends it) is refused before
 * Quarkus reads it: read to the end and discarded, then a browser is sent back to the import page, which names the
 * field and the limit in Chinese, and any other client gets 413 with the same message as text; an upload beyond
 * {@link #DRAIN_FACTOR} times the limit is not read at all (413 at once, connection closed). Browsers always announce
 * the length of a form; a client that streams an upload without one still gets Quarkus' bare 413.
 */
@ApplicationScoped
public class OversizedUploads {

    /** The query parameter of the import page that reports the refused upload's size in megabytes. */
    public static final String TOO_LARGE = "too-large";
    /** Up to this many times the body limit is read and discarded so that the browser sees the answer. */
    static final long DRAIN_FACTOR = 10;
    private static final long MEGABYTE = 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize bodyLimit;
    @ConfigProperty(name = "portal.mode", defaultValue = "combined")
    String mode;
    @Inject
    AdminConfig config;

    void routes(@Observes Router router) {
        if ("public".equalsIgnoreCase(mode)) {
            return;
        }
        // First of all: Quarkus reads form bodies at the next order (MIN_VALUE + 1) and checks the length at -2.
        router.post("/admin/imports").order(Integer.MIN_VALUE).handler(this::refuseTooLarge);
    }

    private void refuseTooLarge(RoutingContext context) {
        long bytes;
        try {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            bytes = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException malformed) {
            bytes = -1;
        }
        long limit = bodyLimit.asLongValue();
        if (bytes <= limit) {
            context.next();
            return;
        }
        long megabytes = Math.round((double) bytes / MEGABYTE);
        if (bytes > DRAIN_FACTOR * limit) {
            refuse(context, megabytes);
            return;
        }
        // A client shows the answer reliably only once it has sent its request: read it to the end, keeping nothing.
        context.request().handler(ignored -> {
        }).endHandler(ended -> {
            if (wantsHtml(context)) {
                context.response().setStatusCode(303)
                        .putHeader(HttpHeaders.LOCATION, "/admin/imports?" + TOO_LARGE + "=" + megabytes).end();
            } else {
                refuse(context, megabytes);
            }
        });
        context.request().resume();
    }

    private void refuse(RoutingContext context, long megabytes) {
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(message(megabytes, config.importMaxFileSize().asLongValue() / MEGABYTE));
    }

    private static boolean wantsHtml(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    /** The refusal as the import page shows it beside the file field; the limit named is the import file's. */
    public static String message(long megabytes, long limitMegabytes) {
        return "文件：所选文件约 " + megabytes + " MB，超过导入文件 " + limitMegabytes + " MB 的上限，未上传；请分成几个文件上传";
    }
}
