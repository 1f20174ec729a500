package cn.zfgs.portal.errors;

import cn.zfgs.content.published.Tombstone;
import cn.zfgs.portal.site.Formats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 错误页 — every failure a visitor can cause ends on a Chinese page with the right status; unexpected failures
 * are logged with their stack trace on the server and shown as a plain apology, never as a trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView error);

        static native TemplateInstance withdrawn(WithdrawnView notice);
    }

    /** 撤回公告 — what the 410 page says: what was withdrawn, when, why and on what basis; never the content. */
    public record WithdrawnView(String kindLabel, String listPath, String reasonLabel, String basisDocument,
            String withdrawnAt) {
    }

    /** What the error page shows. */
    public record ErrorView(int status, String title, String message) {
    }

    @ServerExceptionMapper
    public Response publicInput(PublicInputException e) {
        Response.ResponseBuilder response = builder(e.status(), e.getMessage());
        if (e instanceof TooManyRequestsException limited) {
            response.header("Retry-After", String.valueOf(limited.retryAfterSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response withdrawn(WithdrawnException e) {
        Tombstone t = e.tombstone();
        return Response.status(Response.Status.GONE)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-cache")
                .entity(Templates.withdrawn(new WithdrawnView(t.kind().label(), "/" + t.kind().pathSegment(),
                        t.reason().label(), t.basisDocument(), Formats.dateTime(t.withdrawnAt()))))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "您访问的页面不存在，可能地址有误或信息已调整。");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return page(status, "服务暂时不可用，请稍后再试。");
        }
        if (status == 413) {
            return page(status, "提交的内容超过了允许的大小，请删减后再试（纠错内容最多 1000 字）。");
        }
        return page(status, "请求无法处理（状态码 " + status + "），请检查地址或参数。");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return page(500, "服务器处理请求时出现问题，我们已记录此问题。请稍后再试。");
    }

    private static Response page(int status, String message) {
        return builder(status, message).build();
    }

    private static Response.ResponseBuilder builder(int status, String message) {
        String title = switch (status) {
            case 400 -> "请求有误";
            case 404 -> "页面不存在";
            case 405 -> "不支持的请求方式";
            case 410 -> "信息已撤回";
            case 413 -> "提交内容过大";
            case 429 -> "请求过于频繁";
            default -> status >= 500 ? "服务暂时不可用" : "无法处理该请求";
        };
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(new ErrorView(status, title, message)));
    }
}
