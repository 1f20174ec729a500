package cn.zfgs.admin.calendar;

import cn.zfgs.admin.forms.Forms;
import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.calendar.HolidayArrangement;
import cn.zfgs.content.calendar.HolidayArrangementJson;
import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.workflow.CalendarAdministration;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 节假日安排 — the years the working-day calendar knows, and the editor a 系统管理员 uses to enter a new year from the
 * State Council's notice; provisional deadlines are counted again at once (see {@link CalendarAdministration}).
 */
@Path("/admin/calendar")
@Produces(MediaType.TEXT_HTML)
public class CalendarResource {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Workflow.CHINA);

    /** A year entered by staff. */
    public record Entered(int year, String at, String by, List<String> lines) {
    }

    /** The editor as filled in. */
    public record Form(String year, String paper, String days) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String shipped, List<Entered> entered, Form form, List<String> problems,
                String done, String csrf, String staffName);
    }

    @Inject
    CalendarAdministration administration;
    @Inject
    EntityManager em;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;

    @Access(roles = StaffRole.ADMINISTRATOR)
    @GET
    public TemplateInstance index(@QueryParam("done") String done) {
        int next = LocalDate.now(Workflow.CHINA).getYear() + 1;
        return page(new Form(Integer.toString(next), "", ""), List.of(), Forms.notice(done));
    }

    @Access(roles = StaffRole.ADMINISTRATOR)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        Form form = new Form(Forms.strip(posted.getFirst("year")), Forms.strip(posted.getFirst("paper")),
                posted.getFirst("days") == null ? "" : posted.getFirst("days"));
        List<String> problems = new ArrayList<>();
        Integer year = null;
        try {
            year = Integer.valueOf(form.year());
        } catch (NumberFormatException malformed) {
            problems.add("年份：应为四位数字，例如 2027");
        }
        if (form.paper().isEmpty()) {
            problems.add("国务院通知网址：必须填写（节假日安排的依据）");
        } else if (!form.paper().startsWith("https://") && !form.paper().startsWith("http://")) {
            problems.add("国务院通知网址：应以 https:// 或 http:// 开头");
        }
        DayLines.Parsed days = DayLines.parse(form.days());
        problems.addAll(days.problems());
        if (!problems.isEmpty()) {
            return Response.status(422).entity(page(form, problems, null)).build();
        }
        try {
            String json = HolidayArrangementJson.write(new HolidayArrangement(year, List.of(form.paper()),
                    days.days()));
            int recounted = administration.enter(signedIn.actor(), json, Instant.now());
            return Response.seeOther(Forms.done("/admin/calendar", year + " 年的节假日安排已录入，重新计算了 "
                    + recounted + " 个暂定的公开期限")).build();
        } catch (IllegalArgumentException | WorkflowException invalid) {
            return Response.status(422).entity(page(form, List.of(invalid.getMessage()), null)).build();
        }
    }

    private TemplateInstance page(Form form, List<String> problems, String done) {
        WorkdayCalendar official = WorkdayCalendar.official();
        List<Integer> shipped = IntStream.rangeClosed(2000, 2100).filter(official::covers).boxed().toList();
        String shippedYears = shipped.isEmpty() ? "无" : shipped.get(0) + "—" + shipped.get(shipped.size() - 1);
        List<Entered> entered = em.createNativeQuery("SELECT h.arrangement_year, h.entered_at, s.display_name, "
                        + "h.arrangement FROM holiday_arrangement h JOIN staff_account s ON s.id = h.entered_by "
                        + "ORDER BY h.arrangement_year", Object[].class)
                .getResultList().stream()
                .map(r -> {
                    Object[] row = (Object[]) r;
                    HolidayArrangement a = HolidayArrangementJson.parse(row[3].toString());
                    return new Entered(((Number) row[0]).intValue(), MINUTE.format(instant(row[1])),
                            (String) row[2], a.days().stream()
                                    .map(d -> d.date() + " " + d.name() + " " + (d.offDay() ? "休" : "班"))
                                    .collect(Collectors.toList()));
                })
                .toList();
        return Templates.index(shippedYears, entered, form, problems, done, signedIn.csrfToken(),
                signedIn.displayName());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
