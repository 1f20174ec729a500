package cn.zfgs.admin.push;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 推送接口密钥 — administrators create a key for their agency's case-handling system (shown once, on the page that
 * answers the creation), see which keys exist and when each was last used, and revoke them.
 */
@Path("/admin/api-keys")
@Produces(MediaType.TEXT_HTML)
public class ApiKeyResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Workflow.CHINA);

    /** A key as the table shows it. */
    public record Line(Long id, String agency, String name, String prefix, String createdAt, String lastUsedAt,
            String revokedAt) {
    }

    /** An agency a key may be created for. */
    public record AgencyOption(Long id, String name, String code) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(boolean administrator, List<Line> keys, List<AgencyOption> agencies,
                ApiKeys.Created created, String error, String csrf, String staffName);
    }

    @Inject
    ApiKeys keys;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;
    @Inject
    EntityManager em;

    @Access(roles = StaffRole.ADMINISTRATOR)
    @GET
    public Response index() {
        return page(200, null, null);
    }

    @Access(roles = StaffRole.ADMINISTRATOR)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        csrf.require(form.getFirst(Csrf.FIELD));
        Long agencyId;
        try {
            agencyId = Long.valueOf(String.valueOf(form.getFirst("agency")));
        } catch (NumberFormatException e) {
            return page(422, null, "机关：请从列表中选择");
        }
        try {
            ApiKeys.Created created = keys.create(signedIn.actor(), agencyId, form.getFirst("name"), Instant.now());
            return page(200, created, null);
        } catch (WorkflowException refused) {
            return page(signedIn.actor().has(StaffRole.ADMINISTRATOR) ? 422 : 403, null, refused.getMessage());
        }
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.API_KEY)
    @POST
    @Path("/{id: \\d{1,18}}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        csrf.require(form.getFirst(Csrf.FIELD));
        try {
            keys.revoke(signedIn.actor(), id, Instant.now());
            return Response.seeOther(URI.create("/admin/api-keys")).build();
        } catch (WorkflowException refused) {
            return page(signedIn.actor().has(StaffRole.ADMINISTRATOR) ? 409 : 403, null, refused.getMessage());
        }
    }

    private Response page(int status, ApiKeys.Created created, String error) {
        Actor actor = signedIn.actor();
        boolean administrator = actor.has(StaffRole.ADMINISTRATOR);
        List<Line> lines = administrator ? keys.list(actor).stream()
                .map(k -> new Line(k.id(), k.agency(), k.name(), k.prefix(), TIME.format(k.createdAt()),
                        k.lastUsedAt() == null ? "从未使用" : TIME.format(k.lastUsedAt()),
                        k.revokedAt() == null ? "" : TIME.format(k.revokedAt())))
                .toList() : List.of();
        Set<Long> ids = new HashSet<>(actor.grantedAgencyIds());
        ids.add(actor.agencyId());
        List<AgencyOption> agencies = em.createQuery("FROM Agency WHERE id IN :ids ORDER BY id", Agency.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(a -> new AgencyOption(a.id(), a.name(), a.code())).toList();
        return Response.status(administrator ? status : 403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.index(administrator, lines, agencies, created, error, signedIn.csrfToken(),
                        signedIn.displayName()))
                .build();
    }
}
