package cn.zfgs.admin.login;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.AdminConfig;
import cn.zfgs.admin.security.AdminGate;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.StaffSessions;
import cn.zfgs.content.editorial.LoginOutcome;
import cn.zfgs.content.editorial.StaffAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** 登录与退出 of the staff area. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String next, String username, String message);

        static native TemplateInstance code(String next, String csrf, String message);
    }

    @Inject
    StaffSessions sessions;
    @Inject
    AdminConfig config;
    @Inject
    Csrf csrf;

    @Access(signIn = true)
    @GET
    @Path("/login")
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.form(safeNext(next), "", null);
    }

    @Access(signIn = true)
    @POST
    @Path("/login")
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next) {
        StaffSessions.SignIn result = sessions.signIn(username, password, Instant.now());
        if (result.outcome() instanceof LoginOutcome.Accepted) {
            return Response.seeOther(URI.create(safeNext(next))).cookie(cookie(result.token(), -1)).build();
        }
        if (result.outcome() instanceof LoginOutcome.CodeRequired) {
            return Response.seeOther(UriBuilder.fromPath(AdminGate.CODE_PATH).queryParam("next", safeNext(next))
                    .build()).cookie(cookie(result.token(), -1)).build();
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity(Templates.form(safeNext(next), username == null ? "" : username, message(result.outcome())))
                .build();
    }

    /** 动态口令, the second step: only a session whose password was right and whose code is awaited gets the form. */
    @Access(signIn = true)
    @GET
    @Path("/login/code")
    public Response codeForm(@QueryParam("next") String next, @RestCookie(AdminGate.COOKIE) String session) {
        Optional<StaffSessions.Current> waiting = sessions.resolve(session, Instant.now());
        if (waiting.isEmpty()) {
            return Response.seeOther(URI.create("/admin/login")).build();
        }
        if (!waiting.get().session().awaitingCode()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        return Response.ok(Templates.code(safeNext(next), waiting.get().session().csrfToken(), null)).build();
    }

    @Access(signIn = true)
    @POST
    @Path("/login/code")
    public Response enterCode(@RestForm String code, @RestForm String next, @RestForm(Csrf.FIELD) String token,
            @RestCookie(AdminGate.COOKIE) String session) {
        Instant now = Instant.now();
        Optional<StaffSessions.Current> waiting = sessions.resolve(session, now);
        if (waiting.isEmpty()) {
            return Response.seeOther(URI.create("/admin/login")).build();
        }
        String expected = waiting.get().session().csrfToken();
        if (token == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII))) {
            return Response.status(Response.Status.FORBIDDEN).type("text/plain;charset=UTF-8")
                    .entity("表单已过期或来源不明，请返回上一页刷新后重新提交").build();
        }
        if (!waiting.get().session().awaitingCode()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        StaffSessions.SignIn result = sessions.enterCode(session, code, now);
        if (result.outcome() instanceof LoginOutcome.Accepted) {
            return Response.seeOther(URI.create(safeNext(next))).cookie(cookie(result.token(), -1)).build();
        }
        if (result.outcome() instanceof LoginOutcome.Refused refused && refused.lockedUntil() == null) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.code(safeNext(next), expected, codeMessage(refused))).build();
        }
        // Locked or deactivated: the waiting session has ended, and the password is asked again.
        String why = result.outcome() instanceof LoginOutcome.Refused refused
                ? "连续 " + StaffAccount.MAX_FAILED_LOGINS + " 次密码或动态口令错误，账号已锁定至 "
                        + TIME.format(refused.lockedUntil())
                : message(result.outcome());
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity(Templates.form(safeNext(next), "", why)).cookie(cookie("", 0)).build();
    }

    @Access
    @POST
    @Path("/logout")
    public Response signOut(@RestForm(Csrf.FIELD) String token, @RestCookie(AdminGate.COOKIE) String session) {
        csrf.require(token);
        sessions.signOut(session, Instant.now());
        return Response.seeOther(URI.create("/admin/login")).cookie(cookie("", 0)).build();
    }

    static String codeMessage(LoginOutcome.Refused refused) {
        return "动态口令错误或已使用过：请输入验证器应用中当前显示的 6 位数字（还可尝试 " + refused.attemptsLeft()
                + " 次，之后账号将锁定 " + StaffAccount.LOCK_DURATION.toMinutes() + " 分钟）";
    }

    static String message(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Locked locked) {
            return "连续多次密码错误，账号已锁定，请于 " + TIME.format(locked.until()) + " 后再试；如需提前解锁请联系系统管理员";
        }
        if (outcome instanceof LoginOutcome.Refused refused && refused.lockedUntil() != null) {
            return "用户名或密码错误。连续 " + StaffAccount.MAX_FAILED_LOGINS + " 次错误，账号已锁定至 "
                    + TIME.format(refused.lockedUntil());
        }
        if (outcome instanceof LoginOutcome.Inactive) {
            return "该账号已停用，请联系系统管理员";
        }
        return "用户名或密码错误（连续 " + StaffAccount.MAX_FAILED_LOGINS + " 次错误将锁定账号 "
                + StaffAccount.LOCK_DURATION.toMinutes() + " 分钟）";
    }

    /** Only a path inside the staff area: never an open redirect to another site. */
    static String safeNext(String next) {
        if (next == null || !(next.equals("/admin") || next.startsWith("/admin/")) || next.contains("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x20)) {
            return "/admin";
        }
        return next;
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(AdminGate.COOKIE).value(value).path("/admin").httpOnly(true)
                .secure(config.secureCookie()).sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
