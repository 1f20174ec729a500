package cn.zfgs.admin.agencies;

import cn.zfgs.admin.forms.Forms;
import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.content.staff.AgencyDetails;
import cn.zfgs.content.staff.StaffAdministration;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 机关管理 — the agencies a 系统管理员 administers as nodes of the hierarchy: list, create below one of them, correct
 * the structural details. What an agency publishes about itself is its AGENCY content item, edited as revisions.
 */
@Path("/admin/agencies")
@Produces(MediaType.TEXT_HTML)
public class AgencyAdminResource {

    /** One agency in the list. */
    public record Line(Long id, String name, String level, String region, String parent, String code) {
    }

    /** The agency form as entered, with its choices and errors. */
    public record Form(Long id, String code, String name, List<Forms.Option> levels, String regionCode,
            String regionName, List<Forms.Option> parents, String documentPrefix, Map<String, String> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Line> lines, String done, String csrf, String staffName);

        static native TemplateInstance form(Form form, String done, String csrf, String staffName);
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
        Map<Long, String> names = em.createQuery("SELECT id, name FROM Agency", Object[].class).getResultList()
                .stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        List<Line> lines = inScope().stream()
                .map(a -> new Line(a.id(), a.name(), a.level().label(), a.regionName() + "（" + a.regionCode() + "）",
                        a.parentId() == null ? "—" : names.getOrDefault(a.parentId(), "—"), a.code()))
                .toList();
        return Templates.index(lines, Forms.notice(done), signedIn.csrfToken(), signedIn.displayName());
    }

    @Access(roles = StaffRole.ADMINISTRATOR)
    @GET
    @Path("/new")
    public TemplateInstance blank() {
        return page(null, new AgencyDetails("", "", null, "", "", signedIn.agencyId(), ""), Map.of(), null);
    }

    @Access(roles = StaffRole.ADMINISTRATOR)
    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        List<FieldError> errors = new ArrayList<>();
        AgencyDetails details = details(posted, errors);
        try {
            if (errors.isEmpty()) {
                Agency agency = administration.createAgency(signedIn.actor(), details, Instant.now());
                return Response.seeOther(Forms.done("/admin/agencies/" + agency.id(),
                        "已新建机关，并已授权您管理该机关")).build();
            }
        } catch (InvalidContentException invalid) {
            errors.addAll(invalid.errors());
        }
        return Response.status(422).entity(page(null, details, Forms.byField(errors), null)).build();
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.AGENCY)
    @GET
    @Path("/{id: \\d{1,18}}")
    public TemplateInstance edit(@PathParam("id") Long id, @QueryParam("done") String done) {
        Agency a = em.find(Agency.class, id);
        return page(id, new AgencyDetails(a.code(), a.name(), a.level(), a.regionCode(), a.regionName(),
                a.parentId(), a.documentPrefix()), Map.of(), Forms.notice(done));
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.AGENCY)
    @POST
    @Path("/{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        List<FieldError> errors = new ArrayList<>();
        AgencyDetails details = details(posted, errors);
        try {
            if (errors.isEmpty()) {
                administration.updateAgency(signedIn.actor(), id, details, Instant.now());
                return Response.seeOther(Forms.done("/admin/agencies/" + id, "已保存")).build();
            }
        } catch (InvalidContentException invalid) {
            errors.addAll(invalid.errors());
        }
        return Response.status(422).entity(page(id, details, Forms.byField(errors), null)).build();
    }

    private static AgencyDetails details(MultivaluedMap<String, String> posted, List<FieldError> errors) {
        String level = Forms.strip(posted.getFirst("level"));
        AgencyLevel parsedLevel = Arrays.stream(AgencyLevel.values()).filter(l -> l.name().equals(level))
                .findFirst().orElse(null);
        String parent = Forms.strip(posted.getFirst("parentId"));
        Long parentId = null;
        if (!parent.isEmpty()) {
            try {
                parentId = Long.valueOf(parent);
            } catch (NumberFormatException malformed) {
                errors.add(new FieldError("parentId", "上级机关：请从列表中选择"));
            }
        }
        return new AgencyDetails(posted.getFirst("code"), posted.getFirst("name"), parsedLevel,
                posted.getFirst("regionCode"), posted.getFirst("regionName"), parentId,
                posted.getFirst("documentPrefix"));
    }

    private TemplateInstance page(Long id, AgencyDetails d, Map<String, String> errors, String done) {
        List<Forms.Option> levels = Arrays.stream(AgencyLevel.values())
                .map(l -> new Forms.Option(l.name(), l.label(), l == d.level())).toList();
        List<Forms.Option> parents = new ArrayList<>();
        Agency editing = id == null ? null : em.find(Agency.class, id);
        if (editing != null && editing.parentId() != null && !signedIn.actor().actsFor(editing.parentId())) {
            // The current parent lies above the administrator's scope: it can be kept, not chosen anew.
            Agency above = em.find(Agency.class, editing.parentId());
            parents.add(new Forms.Option(above.id().toString(), above.name() + "（现上级，保持不变）",
                    above.id().equals(d.parentId())));
        }
        inScope().stream().filter(a -> !a.id().equals(id))
                .forEach(a -> parents.add(new Forms.Option(a.id().toString(), a.name(), a.id().equals(d.parentId()))));
        return Templates.form(new Form(id, d.code(), d.name(), levels, d.regionCode(), d.regionName(), parents,
                d.documentPrefix(), errors), done, signedIn.csrfToken(), signedIn.displayName());
    }

    private List<Agency> inScope() {
        Set<Long> scope = new HashSet<>(signedIn.actor().grantedAgencyIds());
        scope.add(signedIn.agencyId());
        return em.createQuery("FROM Agency WHERE id IN :scope ORDER BY name", Agency.class)
                .setParameter("scope", scope).getResultList();
    }
}
