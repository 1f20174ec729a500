package cn.zfgs.admin.staff;

import cn.zfgs.admin.forms.Forms;
import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.staff.StaffAdministration;
import cn.zfgs.content.staff.StaffDetails;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** 人员管理 — a 系统管理员's list of the staff they administer, and the forms that create and change accounts. */
@Path("/admin/staff")
@Produces(MediaType.TEXT_HTML)
public class StaffResource {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Workflow.CHINA);

    /** One account in the list. */
    public record Line(Long id, String username, String displayName, String agency, String roles, String state) {
    }

    /** The account form as shown: values as entered, the choices, and errors beside their fields. */
    public record Form(Long id, String username, String displayName, List<Forms.Option> agencies,
            List<Forms.Option> roles, List<Forms.Option> grants, Map<String, String> errors) {
    }

    /** An existing account's state, for the actions beside the form. */
    public record State(boolean active, String lockedUntil, boolean self, boolean secondFactor) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Line> lines, String done, String csrf, String staffName);

        static native TemplateInstance form(Form form, State state, String done, String error, String csrf,
                String staffName);
    }

    @Inject
    StaffAdministration administration;
    @Inject
    EntityManager em;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;

    @Access(roles = StaffRole.ADMINISTRATOR)
    @GET
    public TemplateInstance index(@QueryParam("done") String done) {
        Actor me = signedIn.actor();
        Map<Long, String> names = agencyNames();
        List<Line> lines = em.createQuery("FROM StaffAccount WHERE agencyId IN :scope ORDER BY agencyId, username",
                        StaffAccount.class)
                .setParameter("scope", scope(me)).getResultList().stream()
                .map(a -> new Line(a.id(), a.username(), a.displayName(), names.get(a.agencyId()), roles(a.roles()),
                        state(a)))
                .toList();
        return Templates.index(lines, Forms.notice(done), signedIn.csrfToken(), signedIn.displayName());
    }

    @Access(roles = StaffRole.ADMINISTRATOR)
    @GET
    @Path("/new")
    public TemplateInstance blank() {
        return form(null, "", "", signedIn.agencyId(), Set.of(), Set.of(), Map.of(), null, null);
    }

    @Access(roles = StaffRole.ADMINISTRATOR)
    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        List<FieldError> errors = new ArrayList<>();
        StaffDetails details = details(posted, errors);
        try {
            if (errors.isEmpty()) {
                StaffAccount account = administration.createStaff(signedIn.actor(), details,
                        posted.getFirst("password"), posted.getFirst("confirmation"), Instant.now());
                return Response.seeOther(Forms.done("/admin/staff/" + account.id(), "已新建账号")).build();
            }
        } catch (InvalidContentException invalid) {
            errors.addAll(invalid.errors());
        }
        return Response.status(422).entity(form(null, details.username(), details.displayName(), details.agencyId(),
                details.roles(), details.grantedAgencyIds(), Forms.byField(errors), null, null)).build();
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.STAFF)
    @GET
    @Path("/{id: \\d{1,18}}")
    public TemplateInstance edit(@PathParam("id") Long id, @QueryParam("done") String done) {
        StaffAccount a = em.find(StaffAccount.class, id);
        return form(a, a.username(), a.displayName(), a.agencyId(), a.roles(), a.grantedAgencyIds(), Map.of(),
                Forms.notice(done), null);
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.STAFF)
    @POST
    @Path("/{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        List<FieldError> errors = new ArrayList<>();
        StaffDetails details = details(posted, errors);
        try {
            if (errors.isEmpty()) {
                administration.updateStaff(signedIn.actor(), id, details, Instant.now());
                return Response.seeOther(Forms.done("/admin/staff/" + id, "已保存")).build();
            }
        } catch (InvalidContentException invalid) {
            errors.addAll(invalid.errors());
        }
        StaffAccount a = em.find(StaffAccount.class, id);
        return Response.status(422).entity(form(a, a.username(), details.displayName(), details.agencyId(),
                details.roles(), details.grantedAgencyIds(), Forms.byField(errors), null, null)).build();
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.STAFF)
    @POST
    @Path("/{id: \\d{1,18}}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        return act(id, posted, "已重置密码，该账号的登录会话已全部结束", () -> administration.resetPassword(
                signedIn.actor(), id, posted.getFirst("password"), posted.getFirst("confirmation"), Instant.now()));
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.STAFF)
    @POST
    @Path("/{id: \\d{1,18}}/totp-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetTotp(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        return act(id, posted, "已重置动态口令，该账号下次登录只需密码",
                () -> administration.resetTotp(signedIn.actor(), id, Instant.now()));
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.STAFF)
    @POST
    @Path("/{id: \\d{1,18}}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        return act(id, posted, "已解锁", () -> administration.unlock(signedIn.actor(), id, Instant.now()));
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.STAFF)
    @POST
    @Path("/{id: \\d{1,18}}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        return act(id, posted, "已停用，该账号不能再登录",
                () -> administration.setActive(signedIn.actor(), id, false, Instant.now()));
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.STAFF)
    @POST
    @Path("/{id: \\d{1,18}}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        return act(id, posted, "已启用", () -> administration.setActive(signedIn.actor(), id, true, Instant.now()));
    }

    /** One action beside the form: back to the account with a notice, or the page with the refusal. */
    private Response act(Long id, MultivaluedMap<String, String> posted, String done, Runnable action) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        String error;
        int status;
        try {
            action.run();
            return Response.seeOther(Forms.done("/admin/staff/" + id, done)).build();
        } catch (InvalidContentException invalid) {
            error = invalid.getMessage();
            status = 422;
        } catch (WorkflowException refused) {
            error = refused.getMessage();
            status = 409;
        }
        StaffAccount a = em.find(StaffAccount.class, id);
        return Response.status(status).entity(form(a, a.username(), a.displayName(), a.agencyId(), a.roles(),
                a.grantedAgencyIds(), Map.of(), null, error)).build();
    }

    private static StaffDetails details(MultivaluedMap<String, String> posted, List<FieldError> errors) {
        Long agency = id(posted.getFirst("agencyId"));
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String value : posted.getOrDefault("roles", List.of())) {
            Arrays.stream(StaffRole.values()).filter(r -> r.name().equals(value)).findFirst().ifPresentOrElse(
                    roles::add, () -> errors.add(new FieldError("roles", "角色：请从列表中选择")));
        }
        Set<Long> grants = new HashSet<>();
        for (String value : posted.getOrDefault("grants", List.of())) {
            Long granted = id(value);
            if (granted == null) {
                errors.add(new FieldError("grants", "授权的下级机关：请从列表中选择"));
            } else {
                grants.add(granted);
            }
        }
        return new StaffDetails(posted.getFirst("username"), posted.getFirst("displayName"), agency, roles, grants);
    }

    private TemplateInstance form(StaffAccount account, String username, String displayName, Long agencyId,
            Set<StaffRole> roles, Set<Long> grants, Map<String, String> errors, String done, String error) {
        Actor me = signedIn.actor();
        List<Agency> inScope = em.createQuery("FROM Agency WHERE id IN :scope ORDER BY name", Agency.class)
                .setParameter("scope", scope(me)).getResultList();
        List<Forms.Option> agencies = inScope.stream()
                .map(a -> new Forms.Option(a.id().toString(), a.name(), a.id().equals(agencyId))).toList();
        List<Forms.Option> roleOptions = Arrays.stream(StaffRole.values())
                .map(r -> new Forms.Option(r.name(), r.label(), roles.contains(r))).toList();
        List<Forms.Option> grantOptions = inScope.stream().filter(a -> !a.id().equals(agencyId))
                .map(a -> new Forms.Option(a.id().toString(), a.name(), grants.contains(a.id()))).toList();
        State state = account == null ? null
                : new State(account.active(), account.lockedAt(Instant.now()) ? MINUTE.format(account.lockedUntil())
                        : null, account.id().equals(me.id()), account.secondFactorEnabled());
        return Templates.form(new Form(account == null ? null : account.id(), username, displayName, agencies,
                roleOptions, grantOptions, errors), state, done, error, signedIn.csrfToken(), signedIn.displayName());
    }

    private Map<Long, String> agencyNames() {
        return em.createQuery("SELECT id, name FROM Agency", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    static Set<Long> scope(Actor actor) {
        Set<Long> scope = new HashSet<>(actor.grantedAgencyIds());
        scope.add(actor.agencyId());
        return scope;
    }

    private static String roles(Set<StaffRole> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).map(StaffRole::label)
                .collect(Collectors.joining("、"));
    }

    private static String state(StaffAccount a) {
        if (!a.active()) {
            return "已停用";
        }
        return a.lockedAt(Instant.now()) ? "锁定至 " + MINUTE.format(a.lockedUntil()) : "正常";
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException malformed) {
            return null;
        }
    }
}
