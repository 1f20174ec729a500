package cn.zfgs.admin.tickets;

import cn.zfgs.admin.forms.Forms;
import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.feedback.ErrorReport;
import cn.zfgs.content.feedback.ErrorReportEvent;
import cn.zfgs.content.feedback.ErrorReportTriage;
import cn.zfgs.content.model.ContentKind;
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

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 纠错工单 — reports from the public that a page is wrong, for the staff of the agency that published it: the queue,
 * one ticket with the page it is about, accepting it and starting the correction, closing it with a reply.
 */
@Path("/admin/tickets")
@Produces(MediaType.TEXT_HTML)
public class TicketResource {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Workflow.CHINA);
    private static final int SHOWN = 200;

    /** One ticket in the queue. */
    public record Line(Long id, String received, String agency, String subject, String excerpt, String status) {
    }

    /** One ticket in full. */
    public record Ticket(Long id, String received, String agency, String kind, String title, String publicPath,
            Long revisionId, int reportedVersion, Integer currentVersion, boolean withdrawn, String description,
            String contact, String status, boolean open, boolean isNew, boolean correctable, String noCorrection,
            String reply) {
    }

    /** One change of state, as the history lists it. */
    public record Event(String at, String by, String status, String note) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Line> lines, List<Forms.Option> filters, String csrf,
                String staffName);

        static native TemplateInstance show(Ticket ticket, List<Event> events, String done, String error,
                String csrf, String staffName);
    }

    @Inject
    ErrorReportTriage triage;
    @Inject
    EntityManager em;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.APPROVER})
    @GET
    public TemplateInstance index(@QueryParam("status") String status) {
        String shown = status == null || !Set.of("open", "closed", "all").contains(status) ? "open" : status;
        Set<ErrorReport.Status> statuses = switch (shown) {
            case "closed" -> EnumSet.of(ErrorReport.Status.REJECTED, ErrorReport.Status.RESOLVED);
            case "all" -> EnumSet.allOf(ErrorReport.Status.class);
            default -> EnumSet.of(ErrorReport.Status.NEW, ErrorReport.Status.ACCEPTED);
        };
        Map<Long, String> agencies = agencyNames();
        List<ErrorReport> reports = em.createQuery("FROM ErrorReport WHERE agencyId IN :scope AND status IN :s "
                        + "ORDER BY receivedAt", ErrorReport.class)
                .setParameter("scope", scope(signedIn.actor())).setParameter("s", statuses)
                .setMaxResults(SHOWN).getResultList();
        Map<Long, String> titles = titles(reports.stream().map(ErrorReport::subjectId).collect(Collectors.toSet()));
        List<Line> lines = reports.stream()
                .map(r -> new Line(r.id(), MINUTE.format(r.receivedAt()), agencies.get(r.agencyId()),
                        r.subjectKind().label() + "：" + titles.getOrDefault(r.subjectId(), "（已删除）"),
                        excerpt(r.description()), r.status().label()))
                .toList();
        List<Forms.Option> filters = List.of(new Forms.Option("open", "待处理和已受理", shown.equals("open")),
                new Forms.Option("closed", "已办结", shown.equals("closed")),
                new Forms.Option("all", "全部", shown.equals("all")));
        return Templates.index(lines, filters, signedIn.csrfToken(), signedIn.displayName());
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.TICKET)
    @GET
    @Path("/{id: \\d{1,18}}")
    public TemplateInstance show(@PathParam("id") Long id, @QueryParam("done") String done) {
        return page(id, Forms.notice(done), null);
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.TICKET)
    @POST
    @Path("/{id: \\d{1,18}}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        try {
            triage.accept(signedIn.actor(), id, Instant.now());
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT).entity(page(id, null, refused.getMessage())).build();
        }
        return Response.seeOther(Forms.done("/admin/tickets/" + id, "已受理")).build();
    }

    /** 受理并更正: accepts the ticket if new, then opens the correction form of the content it is about. */
    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.TICKET)
    @POST
    @Path("/{id: \\d{1,18}}/correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        ErrorReport report = em.find(ErrorReport.class, id);
        ContentItem item = em.find(ContentItem.class, report.subjectId());
        String refusal = noCorrection(report, item);
        if (refusal != null) {
            return Response.status(Response.Status.CONFLICT).entity(page(id, null, refusal)).build();
        }
        try {
            if (report.status() == ErrorReport.Status.NEW) {
                triage.accept(signedIn.actor(), id, Instant.now());
            }
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT).entity(page(id, null, refused.getMessage())).build();
        }
        return Response.seeOther(URI.create(correctionPath(item))).build();
    }

    /**
     * Why the ticket cannot go straight to a correction form, or null when it can: every kind of published content
     * but the system-counted annual report has one (执法决定 its own, the other kinds the content form's), but only while
     * it is public, the ticket open, and for an editor, who alone may start a correction.
     */
    private String noCorrection(ErrorReport report, ContentItem item) {
        if (report.status().closed()) {
            return "工单已办结";
        }
        if (item == null) {
            return "被纠错的内容已不存在，无法更正；请办结并答复";
        }
        if (item.withdrawn()) {
            return "该" + item.kind().label() + "已撤回，不再公开，无需更正；请办结并答复";
        }
        if (item.publishedVersion() == null) {
            return "该" + item.kind().label() + "尚未公开，请在修订页面修改";
        }
        if (item.kind() == ContentKind.ANNUAL_REPORT) {
            return "年报的数字由系统统计，不能直接更正：请先更正或撤回有误的执法决定，再办结并答复";
        }
        if (!signedIn.actor().has(StaffRole.EDITOR)) {
            return "更正须由" + StaffRole.EDITOR.label() + "发起：请受理后转交本机关承办人，由其在本工单中点“开始更正”";
        }
        return null;
    }

    /** The correction form of the item's kind. */
    static String correctionPath(ContentItem item) {
        return item.kind() == ContentKind.DECISION ? "/admin/items/" + item.id() + "/correct"
                : "/admin/content/correct/" + item.id();
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.TICKET)
    @POST
    @Path("/{id: \\d{1,18}}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") Long id, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        String outcome = Forms.strip(posted.getFirst("outcome"));
        ErrorReport.Status status = Arrays.stream(ErrorReport.Status.values())
                .filter(s -> s.closed() && s.name().equals(outcome)).findFirst().orElse(null);
        try {
            if (status == null) {
                throw new WorkflowException("办结结果：请选择“已更正”或“不予更正”");
            }
            triage.close(signedIn.actor(), id, status, posted.getFirst("reply"), Instant.now());
        } catch (WorkflowException refused) {
            return Response.status(422).entity(page(id, null, refused.getMessage())).build();
        }
        return Response.seeOther(Forms.done("/admin/tickets/" + id, "已办结")).build();
    }

    private TemplateInstance page(Long id, String done, String error) {
        ErrorReport r = em.find(ErrorReport.class, id);
        ContentItem item = em.find(ContentItem.class, r.subjectId());
        Long revisionId = item == null ? null : em.createQuery("SELECT MAX(id) FROM Revision WHERE itemId = :i",
                Long.class).setParameter("i", item.id()).getSingleResult();
        String publicPath = item == null || item.publishedVersion() == null ? null
                : "/" + r.subjectKind().pathSegment() + "/" + r.subjectId();
        Ticket ticket = new Ticket(r.id(), MINUTE.format(r.receivedAt()), agencyNames().get(r.agencyId()),
                r.subjectKind().label(), item == null ? "（已删除）" : item.title(), publicPath, revisionId,
                r.subjectVersion(), item == null ? null : item.publishedVersion(), item != null && item.withdrawn(),
                r.description(), r.contact(), r.status().label(), !r.status().closed(),
                r.status() == ErrorReport.Status.NEW, noCorrection(r, item) == null,
                r.status().closed() ? null : noCorrection(r, item), r.reply());
        Map<Long, String> names = em.createQuery("SELECT id, displayName FROM StaffAccount WHERE id IN "
                        + "(SELECT actorId FROM ErrorReportEvent WHERE reportId = :r)", Object[].class)
                .setParameter("r", id).getResultList().stream()
                .collect(Collectors.toMap(x -> (Long) x[0], x -> (String) x[1]));
        List<Event> events = em.createQuery("FROM ErrorReportEvent WHERE reportId = :r ORDER BY at, id",
                        ErrorReportEvent.class)
                .setParameter("r", id).getResultList().stream()
                .map(e -> new Event(MINUTE.format(e.at()), names.get(e.actorId()), e.status().label(), e.note()))
                .toList();
        return Templates.show(ticket, events, done, error, signedIn.csrfToken(), signedIn.displayName());
    }

    private Map<Long, String> titles(Set<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT id, title FROM ContentItem WHERE id IN :ids", Object[].class)
                .setParameter("ids", itemIds).getResultList().stream()
                .collect(Collectors.toMap(x -> (Long) x[0], x -> (String) x[1]));
    }

    private Map<Long, String> agencyNames() {
        return em.createQuery("SELECT id, name FROM Agency", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(x -> (Long) x[0], x -> (String) x[1]));
    }

    private static String excerpt(String text) {
        int limit = 60;
        return text.codePointCount(0, text.length()) <= limit ? text
                : text.substring(0, text.offsetByCodePoints(0, limit)) + "…";
    }

    private static Set<Long> scope(Actor actor) {
        Set<Long> scope = new HashSet<>(actor.grantedAgencyIds());
        scope.add(actor.agencyId());
        return scope;
    }
}
