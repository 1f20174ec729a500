package cn.zfgs.admin.deadlines;

import cn.zfgs.admin.revisions.RevisionResource;
import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.RouteLinks;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.calendar.PublicationDeadlines.Standing;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.report.ReportDeadline;
import cn.zfgs.content.workflow.Deadlines;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 期限看板 — the signed-in staff member's decisions (own agency and granted ones) against their publication deadlines
 * in working days: due soon, overdue, published late; on screen and as CSV. Above them, each agency whose annual
 * report of the previous year is not yet published, against its 31 January deadline.
 */
@Path("/admin")
public class DeadlineResource {

    /** Not yet public and due within this many working days: 即将到期. */
    static final int SOON_WORKDAYS = 3;
    /** Rows per section on screen; the CSV has them all. */
    static final int SHOWN = 200;

    /** One decision on the board. */
    public record Line(Long itemId, Long revisionId, Long agencyId, String title, String agency, String type,
            LocalDate decided, LocalDate due, boolean provisional, LocalDate published, Standing standing,
            String revisionPath) {

        public boolean overdue() {
            return standing.status() == Standing.Status.OVERDUE;
        }

        public String status() {
            return standing.status().label();
        }

        /** The working days as a phrase for the screen and the CSV. */
        public String days() {
            switch (standing.status()) {
                case OVERDUE:
                    return "逾期 " + standing.workdays() + " 个工作日";
                case LATE:
                    return "晚 " + standing.workdays() + " 个工作日发布";
                case ON_TIME:
                    return "按时";
                default:
                    return standing.workdays() == 0 ? "今天到期" : "还剩 " + standing.workdays() + " 个工作日";
            }
        }
    }

    /** One section of the board. */
    public record Section(String heading, String explanation, int total, List<Line> lines) {
    }

    /** 年报 — an agency whose previous year's report is unpublished: the draft to open (if made yet) and its state. */
    public record ReportLine(String agency, ReportDeadline deadline, Long revisionId, String draftStatus) {

        /** Overdue or due soon: shown in the warning colour. */
        public boolean warn() {
            return deadline.status() != ReportDeadline.Status.OPEN;
        }
    }

    /** An agency the staff member may filter by. */
    public record Choice(Long id, String name, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ReportLine> reports, List<Section> sections, List<Choice> agencies,
                String agencyParam, LocalDate today, String csrf, String staffName);
    }

    @Inject
    EntityManager em;
    @Inject
    Deadlines deadlines;
    @Inject
    SignedIn signedIn;
    @Inject
    RouteLinks links;

    @Access
    @GET
    @Path("/deadlines")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance index(@QueryParam("agency") String agency) {
        LocalDate today = LocalDate.now(Workflow.CHINA);
        Set<Long> agencies = agencies(agency);
        Map<Standing.Status, List<Line>> byStatus = new EnumMap<>(Standing.Status.class);
        lines(agencies, today).forEach(l -> byStatus.computeIfAbsent(l.standing().status(), s -> new ArrayList<>())
                .add(l));
        List<Section> sections = List.of(
                section("已逾期", "尚未公开，已过公开期限", byStatus.get(Standing.Status.OVERDUE)),
                section("即将到期", "尚未公开，" + SOON_WORKDAYS + " 个工作日内到期", byStatus.get(Standing.Status.DUE_SOON)),
                section("逾期发布", "已公开，但晚于公开期限", byStatus.get(Standing.Status.LATE)),
                section("待发布", "尚未公开，期限未到", byStatus.get(Standing.Status.OPEN)));
        List<Choice> choices = em.createQuery("FROM Agency WHERE id IN :scope ORDER BY name", Agency.class)
                .setParameter("scope", scope(signedIn.actor())).getResultList().stream()
                .map(a -> new Choice(a.id(), a.name(), agencies.size() == 1 && agencies.contains(a.id())))
                .toList();
        return Templates.index(reports(agencies, today), sections, choices, agency == null ? "" : agency.strip(), today,
                signedIn.csrfToken(), signedIn.displayName());
    }

    @Access
    @GET
    @Path("/deadlines.csv")
    @Produces("text/csv")
    @Transactional
    public Response csv(@QueryParam("agency") String agency) {
        LocalDate today = LocalDate.now(Workflow.CHINA);
        StringWriter out = new StringWriter();
        // The byte-order mark makes spreadsheet programs on Chinese Windows read the file as UTF-8.
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("机关", "决定", "决定类别",
                "决定日期", "公开期限", "期限是否暂定", "公开日期", "状态", "工作日").build())) {
            for (Line l : lines(agencies(agency), today)) {
                csv.printRecord(l.agency(), l.title(), l.type(), l.decided(), l.due(), l.provisional() ? "是" : "否",
                        l.published() == null ? "" : l.published(), l.status(), l.days());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "公开期限-" + today + ".csv";
        return Response.ok(out.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"deadlines-" + today + ".csv\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** The whole scope, or the one agency asked for if it lies within it. */
    private Set<Long> agencies(String agency) {
        Set<Long> scope = scope(signedIn.actor());
        if (agency == null || agency.isBlank()) {
            return scope;
        }
        try {
            Long id = Long.valueOf(agency.strip());
            if (scope.contains(id)) {
                return Set.of(id);
            }
        } catch (NumberFormatException malformed) {
            // refused below, like an agency outside the scope
        }
        throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN).type("text/plain;charset=UTF-8")
                .entity("无权访问：只能查看本机关或授权的下级机关的期限").build());
    }

    /** Every decision of the agencies not yet public or published late, by due date; withdrawn ones aside. */
    private List<Line> lines(Set<Long> agencies, LocalDate today) {
        PublicationDeadlines counted = deadlines.current();
        List<?> rows = em.createNativeQuery("SELECT t.item_id, (SELECT MAX(r.id) FROM revision r WHERE r.item_id = "
                        + "t.item_id), i.title, a.name, t.decision_type, t.decision_date, t.due_on, t.due_provisional, "
                        + "t.published_on, i.agency_id FROM decision_timeline t "
                        + "JOIN content_item i ON i.id = t.item_id "
                        + "JOIN agency a ON a.id = i.agency_id WHERE i.agency_id IN (:agencies) AND NOT i.withdrawn "
                        + "AND (t.published_on IS NULL OR t.published_on > t.due_on) ORDER BY t.due_on, t.item_id")
                .setParameter("agencies", agencies).getResultList();
        List<Line> lines = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            LocalDate due = date(r[6]);
            LocalDate published = date(r[8]);
            long revisionId = ((Number) r[1]).longValue();
            long agencyId = ((Number) r[9]).longValue();
            // The revision page shows unredacted text to the workflow roles only: no link for anyone else.
            String path = links.mayOpen(RevisionResource.class, "show", agencyId) ? "/admin/revisions/" + revisionId
                    : null;
            lines.add(new Line(((Number) r[0]).longValue(), revisionId, agencyId, (String) r[2], (String) r[3],
                    DecisionType.valueOf((String) r[4]).label(), date(r[5]), due, (Boolean) r[7], published,
                    counted.standing(due, published, today, SOON_WORKDAYS), path));
        }
        return lines;
    }

    /** The agencies whose previous year's annual report is not published, with the draft's state. */
    private List<ReportLine> reports(Set<Long> agencies, LocalDate today) {
        ReportDeadline deadline = ReportDeadline.onDay(today, deadlines.current().calendar());
        List<ReportLine> lines = new ArrayList<>();
        for (Agency agency : em.createQuery("FROM Agency WHERE id IN :scope ORDER BY name", Agency.class)
                .setParameter("scope", agencies).getResultList()) {
            ContentItem item = em.createQuery("FROM ContentItem WHERE kind = :k AND agencyId = :a AND naturalKey = :y "
                            + "AND withdrawn = false ORDER BY id DESC", ContentItem.class)
                    .setParameter("k", ContentKind.ANNUAL_REPORT).setParameter("a", agency.id())
                    .setParameter("y", String.valueOf(deadline.year())).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
            if (item != null && item.publishedVersion() != null) {
                continue;
            }
            Revision latest = item == null ? null : em.createQuery("FROM Revision WHERE itemId = :i "
                    + "ORDER BY number DESC", Revision.class).setParameter("i", item.id()).setMaxResults(1)
                    .getSingleResult();
            lines.add(new ReportLine(agency.name(), deadline, latest == null ? null : latest.id(),
                    latest == null ? "草稿尚未生成（每年 1 月第一个工作日起由系统生成）" : latest.status().label()));
        }
        return lines;
    }

    private static Section section(String heading, String explanation, List<Line> lines) {
        List<Line> all = lines == null ? List.of() : lines;
        return new Section(heading, explanation, all.size(), all.subList(0, Math.min(SHOWN, all.size())));
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static Set<Long> scope(Actor actor) {
        Set<Long> scope = new HashSet<>(actor.grantedAgencyIds());
        scope.add(actor.agencyId());
        return scope;
    }
}
