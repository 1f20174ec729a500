package cn.zfgs.admin.account;

import cn.zfgs.admin.AdminConfig;
import cn.zfgs.admin.forms.Forms;
import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.AdminGate;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.Totp;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.qr.QrCodes;
import cn.zfgs.content.staff.StaffAdministration;
import cn.zfgs.content.workflow.InvalidContentException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * 我的账号 — a member of staff's own account: who they are, and their 动态口令 (TOTP second factor), which anyone may
 * set up and which {@code admin.totp-required-for-administrators} makes compulsory for administrators.
 */
@Path(AdminGate.ACCOUNT_PATH)
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    private static final String ISSUER = "执法公示工作平台";

    /** The account as its page shows it; {@code enrolment} only while a secret waits for its first code. */
    public record Account(String username, String displayName, String roles, boolean secondFactor, boolean required,
            boolean mustEnrol, Enrolment enrolment) {
    }

    /** A secret being set up: as a QR code (inline SVG, drawn on the server) and as text to type in. */
    public record Enrolment(String qrSvg, String secret) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Account account, String done, String error, String csrf,
                String staffName);
    }

    @Inject
    EntityManager em;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;
    @Inject
    StaffAdministration administration;
    @Inject
    AdminConfig config;
    @Inject
    AdminGate gate;

    @Access
    @GET
    public Response show(@QueryParam("done") String done) {
        return page(200, Forms.notice(done), null);
    }

    @Access
    @POST
    @Path("/totp")
    public Response begin(@RestForm(Csrf.FIELD) String token) {
        csrf.require(token);
        administration.beginTotp(signedIn.actor());
        return Response.seeOther(Forms.done(AdminGate.ACCOUNT_PATH, "请用验证器应用扫描二维码，再输入应用显示的口令完成设置"))
                .build();
    }

    @Access
    @POST
    @Path("/totp/confirm")
    public Response confirm(@RestForm(Csrf.FIELD) String token, @RestForm String code) {
        csrf.require(token);
        return act(() -> administration.confirmTotp(signedIn.actor(), code, Instant.now()),
                "已开启动态口令：以后登录时，输入密码后还须输入验证器应用显示的口令");
    }

    @Access
    @POST
    @Path("/totp/disable")
    public Response disable(@RestForm(Csrf.FIELD) String token, @RestForm String code) {
        csrf.require(token);
        return act(() -> administration.disableTotp(signedIn.actor(), code, config.totpRequiredForAdministrators(),
                Instant.now()), "已关闭动态口令");
    }

    private Response act(Runnable action, String done) {
        try {
            action.run();
            return Response.seeOther(Forms.done(AdminGate.ACCOUNT_PATH, done)).build();
        } catch (InvalidContentException invalid) {
            return page(422, null, invalid.errors().get(0).message());
        } catch (WorkflowException refused) {
            return page(409, null, refused.getMessage());
        }
    }

    private Response page(int status, String done, String error) {
        StaffAccount me = em.find(StaffAccount.class, signedIn.actor().id());
        String pending = me.pendingTotpSecret();
        Enrolment enrolment = pending == null ? null : new Enrolment(
                QrCodes.svg(Totp.keyUri(ISSUER, me.username(), pending), "动态口令设置二维码"), Totp.grouped(pending));
        Account account = new Account(me.username(), me.displayName(),
                me.roles().stream().sorted(Comparator.naturalOrder()).map(StaffRole::label)
                        .collect(Collectors.joining("、")),
                me.secondFactorEnabled(), config.totpRequiredForAdministrators()
                        && me.roles().contains(StaffRole.ADMINISTRATOR), gate.mustEnrol(me), enrolment);
        // The page may carry a secret: no copy of it in any cache.
        return Response.status(status).header("Cache-Control", "no-store")
                .entity(Templates.show(account, done, error, signedIn.csrfToken(), signedIn.displayName())).build();
    }
}
