package cn.zfgs.portal.site;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 阅读偏好 — the large-text mode (适老化) chosen by the reader, kept in a cookie so it holds across pages without
 * JavaScript; templates read it as {@code inject:reading}.
 */
@Named("reading")
@RequestScoped
public class Reading {

    static final String COOKIE = "zfgs_text";
    static final String LARGE = "large";

    @Inject
    HttpServerRequest request;

    public boolean largeText() {
        return largeText(request);
    }

    /** Whether the request's reader chose large text, for code outside a request scope. */
    static boolean largeText(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && LARGE.equals(cookie.getValue());
    }

    /** The path of this page, so the text-size switch can bring the reader back to it. */
    public String currentPath() {
        String uri = request.uri();
        return SafeReturn.path(uri);
    }
}
