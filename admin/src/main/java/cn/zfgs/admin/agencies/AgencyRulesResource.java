package cn.zfgs.admin.agencies;

import cn.zfgs.admin.forms.Forms;
import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.workflow.AgencyPolicies;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.MajorDecisionPolicy;
import cn.zfgs.content.workflow.PublicationPeriods;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 公示规则 — an agency's standard for 重大执法决定 (fine thresholds, types always major) and how long each kind of
 * decision stays public, set by its 系统管理员 through {@link AgencyPolicies}.
 */
@Path("/admin/agencies/{id: \\d{1,18}}/rules")
@Produces(MediaType.TEXT_HTML)
public class AgencyRulesResource {

    /** One decision type's row: always major, and its publication period in months (blank: never expires). */
    public record TypeRow(String value, String label, boolean major, String months, String error) {
    }

    /** The form as entered. */
    public record Form(Long agencyId, String agencyName, String naturalPersonFine, String organisationFine,
            List<TypeRow> types, String minorNaturalPersonFine, String minorOrganisationFine, String minorMonths,
            Map<String, String> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, String done, String error, String csrf, String staffName);
    }

    @Inject
    AgencyPolicies policies;
    @Inject
    EntityManager em;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.AGENCY)
    @GET
    public TemplateInstance show(@PathParam("id") Long id, @QueryParam("done") String done) {
        MajorDecisionPolicy major = policies.majorPolicy(id);
        PublicationPeriods periods = policies.publicationPeriods(id);
        List<TypeRow> rows = new ArrayList<>();
        for (DecisionType type : DecisionType.values()) {
            Integer months = periods.months().get(type);
            rows.add(new TypeRow(type.name(), type.label(), major.alwaysMajorTypes().contains(type),
                    months == null ? "" : months.toString(), null));
        }
        PublicationPeriods.MinorPenalty minor = periods.minorPenalty();
        return Templates.form(new Form(id, name(id), major.naturalPersonFine().toPlainString(),
                major.organisationFine().toPlainString(), rows,
                minor == null ? "" : minor.naturalPersonFine().toPlainString(),
                minor == null ? "" : minor.organisationFine().toPlainString(),
                minor == null ? "" : Integer.toString(minor.months()), Map.of()), Forms.notice(done), null,
                signedIn.csrfToken(), signedIn.displayName());
    }

    @Access(roles = StaffRole.ADMINISTRATOR, scope = Access.Scope.AGENCY)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        List<FieldError> errors = new ArrayList<>();
        BigDecimal naturalFine = amount(posted, "naturalPersonFine", "自然人罚没金额标准", true, errors);
        BigDecimal organisationFine = amount(posted, "organisationFine", "法人及其他组织罚没金额标准", true, errors);
        Set<DecisionType> majorTypes = EnumSet.noneOf(DecisionType.class);
        Map<DecisionType, Integer> months = new EnumMap<>(DecisionType.class);
        List<TypeRow> rows = new ArrayList<>();
        List<String> checked = posted.getOrDefault("majorTypes", List.of());
        for (DecisionType type : DecisionType.values()) {
            if (checked.contains(type.name())) {
                majorTypes.add(type);
            }
            String value = Forms.strip(posted.getFirst("months." + type.name()));
            List<FieldError> rowErrors = new ArrayList<>();
            Integer m = months(value, "months." + type.name(), type.label() + "决定的公示期限", rowErrors);
            errors.addAll(rowErrors);
            rows.add(new TypeRow(type.name(), type.label(), checked.contains(type.name()), value,
                    rowErrors.isEmpty() ? null : rowErrors.get(0).message()));
            if (m != null) {
                months.put(type, m);
            }
        }
        BigDecimal minorNatural = amount(posted, "minorNaturalPersonFine", "较低数额罚款（自然人）", false, errors);
        BigDecimal minorOrganisation = amount(posted, "minorOrganisationFine", "较低数额罚款（法人及其他组织）", false,
                errors);
        String minorMonthsText = Forms.strip(posted.getFirst("minorMonths"));
        Integer minorMonths = months(minorMonthsText, "minorMonths", "较低数额罚款的公示期限", errors);
        boolean anyMinor = minorNatural != null || minorOrganisation != null || minorMonths != null;
        if (anyMinor && (minorNatural == null || minorOrganisation == null || minorMonths == null)) {
            errors.add(new FieldError("minorMonths", "较低数额罚款：两项金额标准和公示期限须同时填写，或全部留空"));
        }
        Form form = new Form(id, name(id), Forms.strip(posted.getFirst("naturalPersonFine")),
                Forms.strip(posted.getFirst("organisationFine")), rows,
                Forms.strip(posted.getFirst("minorNaturalPersonFine")),
                Forms.strip(posted.getFirst("minorOrganisationFine")), minorMonthsText, Forms.byField(errors));
        if (!errors.isEmpty()) {
            return refused(form, 422, null);
        }
        try {
            MajorDecisionPolicy major = new MajorDecisionPolicy(naturalFine, organisationFine, majorTypes);
            PublicationPeriods periods = new PublicationPeriods(months, anyMinor
                    ? new PublicationPeriods.MinorPenalty(minorNatural, minorOrganisation, minorMonths) : null);
            policies.configure(signedIn.actor(), id, major, periods, Instant.now());
        } catch (IllegalArgumentException invalid) {
            return refused(form, 422, invalid.getMessage());
        } catch (WorkflowException refused) {
            return refused(form, 409, refused.getMessage());
        }
        return Response.seeOther(Forms.done("/admin/agencies/" + id + "/rules", "已保存公示规则")).build();
    }

    private Response refused(Form form, int status, String error) {
        return Response.status(status).entity(Templates.form(form, null, error, signedIn.csrfToken(),
                signedIn.displayName())).build();
    }

    private String name(Long id) {
        return em.find(Agency.class, id).name();
    }

    private static BigDecimal amount(MultivaluedMap<String, String> posted, String field, String label,
            boolean required, List<FieldError> errors) {
        String value = Forms.strip(posted.getFirst(field));
        if (value.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, label + "：必须填写"));
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                errors.add(new FieldError(field, label + "：应为不小于零、最多两位小数的金额（元）"));
                return null;
            }
            return amount;
        } catch (NumberFormatException malformed) {
            errors.add(new FieldError(field, label + "：应为数字金额（元），例如 10000"));
            return null;
        }
    }

    private static Integer months(String value, String field, String label, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int months = Integer.parseInt(value);
            if (months >= 1 && months <= PublicationPeriods.MAX_MONTHS) {
                return months;
            }
        } catch (NumberFormatException malformed) {
            // reported below, with the range
        }
        errors.add(new FieldError(field, label + "：应为 1 至 " + PublicationPeriods.MAX_MONTHS + " 之间的整数（月）"));
        return null;
    }
}
