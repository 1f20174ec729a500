package cn.zfgs.portal.reports;

import cn.zfgs.content.feedback.ErrorReport;
import cn.zfgs.content.feedback.ErrorReportSubmission;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.content.published.PublishedVersion;
import cn.zfgs.portal.site.PublicRecords;
import cn.zfgs.portal.site.RateLimits;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
 * 纠错 — the error-report form on every item and decision page posts here. A report about a page that is public is
 * stored as a ticket for the staff of the agency that published it (triaged in the admin area); a malformed one
 * comes back with every problem named and the text kept; a filled honeypot field is thanked and dropped; each client
 * may report a few times an hour.
 */
@Path("/reports")
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ReportForm form);

        static native TemplateInstance received(Subject subject);
    }

    /** What the report is about: its kind, id, title and page. */
    public record Subject(String kind, Long id, String kindLabel, String title, String href) {
    }

    /** The form shown again with the problems that stopped it, and what the visitor typed. */
    public record ReportForm(Subject subject, List<String> problems, String description, String contact) {
    }

    @Inject
    PublicRecords records;
    @Inject
    RateLimits limits;
    @Inject
    EntityManager em;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response submit(@FormParam("kind") String kind, @FormParam("id") String id,
            @FormParam("description") String description, @FormParam("contact") String contact,
            @FormParam("website") String website) {
        var checked = new ErrorReportSubmission(kind, id, description, contact, website).check();
        if (checked.robot()) {
            limits.report();
            return Response.ok(Templates.received(null)).header("Cache-Control", "no-store").build();
        }
        if (!checked.ok()) {
            Subject subject = subject(kind, id);
            return Response.status(400).entity(Templates.form(new ReportForm(subject, checked.problems(),
                    description, contact))).header("Cache-Control", "no-store").build();
        }
        var accepted = checked.accepted();
        PublishedVersion published = published(accepted.subjectKind(), accepted.subjectId());
        if (published == null) {
            return Response.status(400).entity(Templates.form(new ReportForm(null,
                    List.of("纠错对象不存在或已撤回：只能对正在公示的执法事项或执法决定提交纠错。"), description, contact)))
                    .header("Cache-Control", "no-store").build();
        }
        limits.report();
        em.persist(new ErrorReport(accepted, published.version(), published.agencyId(), Instant.now()));
        return Response.ok(Templates.received(subject(accepted.subjectKind().name(), accepted.subjectId().toString())))
                .header("Cache-Control", "no-store").build();
    }

    private PublishedVersion published(ContentKind kind, Long id) {
        return switch (kind) {
            case DECISION -> records.current(PublishedDecision.class, id).orElse(null);
            case ENFORCEMENT_ITEM -> records.current(PublishedEnforcementItem.class, id).orElse(null);
            default -> null;
        };
    }

    /** The subject named by the form, if it is a public item or decision; null otherwise. */
    private Subject subject(String kind, String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)
                || Long.parseLong(id) <= 0) {
            return null;
        }
        Long itemId = Long.parseLong(id);
        if (ContentKind.DECISION.name().equals(kind)) {
            return records.current(PublishedDecision.class, itemId).map(d -> new Subject(kind, itemId,
                    ContentKind.DECISION.label(), d.documentNumber(), "/decisions/" + itemId)).orElse(null);
        }
        if (ContentKind.ENFORCEMENT_ITEM.name().equals(kind)) {
            return records.current(PublishedEnforcementItem.class, itemId).map(i -> new Subject(kind, itemId,
                    ContentKind.ENFORCEMENT_ITEM.label(), i.name(), "/items/" + itemId)).orElse(null);
        }
        return null;
    }
}
