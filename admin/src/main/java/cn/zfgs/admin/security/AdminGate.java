package cn.zfgs.admin.security;

import cn.zfgs.admin.AdminConfig;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The door of the staff area: every {@code /admin} request but the sign-in pages needs a live session, and a form
 * posted from another site is refused before any resource sees it. A session still awaiting its 动态口令 opens only
 * the code page (ADR 0014). Role and agency scope are checked by {@link AccessRules} and the domain; this gate only
 * establishes who is asking.
 */
public class AdminGate {

    public static final String COOKIE = "zfgs_staff";
    static final String LOGIN_PATH = "/admin/login";
    /** The second step of signing in, for accounts with a 动态口令: it finds its half-open session itself. */
    public static final String CODE_PATH = "/admin/login/code";
    /** Where a member of staff enrols a second factor. */
    public static final String ACCOUNT_PATH = "/admin/account";
    /** The push API answers to API keys in a header, not to the session: see {@code PushApi}. */
    public static final String PUSH_PATH = "/admin/push/";

    @Inject
    StaffSessions sessions;
    @Inject
    SignedIn signedIn;
    @Inject
    AdminConfig config;

    @ServerRequestFilter
    public Optional<Response> admit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return Optional.empty();
        }
        if (path.startsWith(PUSH_PATH)) {
            return Optional.empty();
        }
        if (HttpMethod.POST.equals(request.getMethod()) && !sameOrigin(request, http)) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).type("text/plain;charset=UTF-8")
                    .entity("请求来源不是本站，已拒绝（防跨站请求伪造）").build());
        }
        if (path.equals(LOGIN_PATH) || path.equals(CODE_PATH)) {
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        Optional<StaffSessions.Current> current = sessions.resolve(cookie == null ? null : cookie.getValue(),
                Instant.now());
        if (current.isEmpty()) {
            URI login = UriBuilder.fromPath(LOGIN_PATH)
                    .queryParam("next", HttpMethod.GET.equals(request.getMethod()) ? path : "/admin")
                    .build();
            return Optional.of(Response.seeOther(login).build());
        }
        if (current.get().session().awaitingCode()) {
            // The password alone opens nothing: every route sends back to the code page until the code is entered.
            return Optional.of(Response.seeOther(URI.create(CODE_PATH)).build());
        }
        StaffAccount account = current.get().account();
        if (mustEnrol(account) && !path.equals(ACCOUNT_PATH) && !path.startsWith(ACCOUNT_PATH + "/")
                && !path.equals("/admin/logout")) {
            return Optional.of(Response.seeOther(URI.create(ACCOUNT_PATH)).build());
        }
        signedIn.set(account, current.get().session().csrfToken());
        return Optional.empty();
    }

    /**
     * With {@code admin.totp-required-for-administrators}, an administrator without a second factor sets one up
     * before anything else.
     */
    public boolean mustEnrol(StaffAccount account) {
        return config.totpRequiredForAdministrators() && account.roles().contains(StaffRole.ADMINISTRATOR)
                && !account.secondFactorEnabled();
    }

    /** A browser always sends Origin with a form POST; when it does, it must be this site. */
    private static boolean sameOrigin(ContainerRequestContext request, HttpServerRequest http) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        String host = http.authority() == null ? null : http.authority().toString();
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
