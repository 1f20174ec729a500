package cn.zfgs.admin.inbox;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.workflow.Inbox;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 待办 — the first screen after sign-in: what waits for me, with deadlines. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class InboxResource {

    private static final int SHOWN = 200;

    /** One line of the inbox as the template shows it. */
    public record Line(Inbox.Entry entry, String submitted, boolean overdue) {
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Workflow.CHINA);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Line> lines, String staffName, String csrf, String roles,
                boolean canCreate, LocalDate today);
    }

    @Inject
    Inbox inbox;
    @Inject
    SignedIn signedIn;

    @Access
    @GET
    public TemplateInstance index() {
        LocalDate today = LocalDate.now(Workflow.CHINA);
        List<Line> lines = inbox.waitingFor(signedIn.actor(), SHOWN).stream()
                .map(e -> new Line(e, e.submittedAt() == null ? "—" : MINUTE.format(e.submittedAt()), e.overdueOn(today)))
                .toList();
        String roles = String.join("、", signedIn.actor().roles().stream().sorted().map(StaffRole::label).toList());
        return Templates.index(lines, signedIn.displayName(), signedIn.csrfToken(), roles,
                signedIn.actor().has(StaffRole.EDITOR), today);
    }
}
