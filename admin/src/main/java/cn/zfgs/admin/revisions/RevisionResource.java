package cn.zfgs.admin.revisions;

import cn.zfgs.admin.security.Access;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.LegalReviewChecklist;
import cn.zfgs.content.editorial.RevisionRedaction;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.workflow.RedactionReview;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 修订 — one revision as staff see it, and the workflow actions on it: submit, review, legal review, approve, reject. */
@Path("/admin/revisions/{id: \\d{1,18}}")
@Produces(MediaType.TEXT_HTML)
public class RevisionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(RevisionPage.View revision, List<SpanLine> spans,
                List<CategoryOption> categories, String done, String error, String csrf, String staffName);
    }

    /** 屏蔽区段 as the screen lists it: where, what is hidden, by what, and whether it waits for a decision. */
    public record SpanLine(Long id, String field, String covered, String category, String replacement,
            String status, boolean waiting) {
    }

    /** 屏蔽类别 as the screens offer it, with the replacement it usually takes. */
    public record CategoryOption(String value, String label, String replacement) {
    }

    private static final List<CategoryOption> CATEGORIES = Arrays.stream(RedactionCategory.values())
            .map(c -> new CategoryOption(c.name(), c.label(), c == RedactionCategory.PERSON_NAME ? "某某" : "×"))
            .toList();

    @Inject
    RevisionPage pages;
    @Inject
    RedactionReview redactions;
    @Inject
    Workflow workflow;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;

    // The revision shows its unredacted text: the workflow roles only, not the administrator.
    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.REVISION)
    @GET
    public TemplateInstance show(@PathParam("id") Long id, @QueryParam("done") String done,
            @QueryParam("failed") String failed) {
        return page(id, shortText(done), shortText(failed));
    }

    /** Notices come back through the redirect's query; anything longer than a notice is not one of ours. */
    private static String shortText(String text) {
        return text == null || text.length() > 300 ? null : text;
    }

    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.REVISION)
    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, form, "已提交审核", () -> workflow.submit(signedIn.actor(), id, Instant.now()));
    }

    @Access(roles = StaffRole.REVIEWER, scope = Access.Scope.REVISION)
    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, form, "审核意见已提交", () -> workflow.review(signedIn.actor(), id, verdict(form),
                form.getFirst("reasons"), Instant.now()));
    }

    @Access(roles = StaffRole.LEGAL_REVIEWER, scope = Access.Scope.REVISION)
    @POST
    @Path("/legal-review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response legalReview(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, form, "法制审核意见已提交", () -> workflow.legalReview(signedIn.actor(), id, checklist(form),
                verdict(form), form.getFirst("reasons"), Instant.now()));
    }

    @Access(roles = StaffRole.APPROVER, scope = Access.Scope.REVISION)
    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, form, "已批准", () -> workflow.approve(signedIn.actor(), id, scheduledFor(form),
                Instant.now()));
    }

    @Access(roles = StaffRole.APPROVER, scope = Access.Scope.REVISION)
    @POST
    @Path("/unschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unschedule(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, form, "已取消定时发布，修订回到待批准", () -> workflow.cancelSchedule(signedIn.actor(), id,
                form.getFirst("reasons"), Instant.now()));
    }

    @Access(roles = StaffRole.APPROVER, scope = Access.Scope.REVISION)
    @POST
    @Path("/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        return act(id, form, "已退回承办人", () -> workflow.reject(signedIn.actor(), id, form.getFirst("reasons"),
                Instant.now()));
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.REVISION)
    @POST
    @Path("/redactions/{span: \\d{1,18}}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptSpan(@PathParam("id") Long id, @PathParam("span") Long spanId,
            MultivaluedMap<String, String> form) {
        String replacement = form.getFirst("replacement");
        return act(id, form, "已确认屏蔽", () -> redactions.accept(signedIn.actor(), spanId,
                replacement == null || replacement.isBlank() ? null : replacement.strip(), Instant.now()));
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.REVISION)
    @POST
    @Path("/redactions/{span: \\d{1,18}}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectSpan(@PathParam("id") Long id, @PathParam("span") Long spanId,
            MultivaluedMap<String, String> form) {
        return act(id, form, "已驳回该屏蔽建议", () -> redactions.reject(signedIn.actor(), spanId, Instant.now()));
    }

    /** 按原文添加屏蔽 without JavaScript: every occurrence of the exact text in the chosen field. */
    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.REVISION)
    @POST
    @Path("/redactions/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSpan(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        String text = form.getFirst("text");
        String replacement = form.getFirst("replacement");
        return act(id, form, "已按原文添加屏蔽", () -> {
            RedactionCategory category = Arrays.stream(RedactionCategory.values())
                    .filter(c -> c.name().equals(form.getFirst("category"))).findFirst()
                    .orElseThrow(() -> new WorkflowException("屏蔽类别：请从列表中选择"));
            if (replacement == null || replacement.isBlank()) {
                throw new WorkflowException("替换为：必须填写公开时显示的文字，如 × 或 某某");
            }
            redactions.addByText(signedIn.actor(), id, form.getFirst("field"), text == null ? "" : text, category,
                    replacement.strip(), Instant.now());
        });
    }

    /** Runs one action: back to the revision with a notice, or the same page with the refusal and 409. */
    private Response act(Long id, MultivaluedMap<String, String> form, String done, Runnable action) {
        csrf.require(form.getFirst(Csrf.FIELD));
        try {
            action.run();
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT).entity(page(id, null, refused.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/revisions/" + id + "?done="
                + URLEncoder.encode(done, StandardCharsets.UTF_8))).build();
    }

    private TemplateInstance page(Long id, String done, String error) {
        RevisionPage.View view = pages.build(id, signedIn.actor());
        List<SpanLine> spans = redactions.spans(signedIn.actor(), id).stream()
                .map(s -> new SpanLine(s.id(), s.span().field(), s.covered(), s.span().category().label(),
                        s.span().replacement(), s.status().label(),
                        s.status() == RevisionRedaction.Status.SUGGESTED
                                || s.status() == RevisionRedaction.Status.NEEDS_REVIEW))
                .toList();
        return Templates.show(view, spans, CATEGORIES, done, error, signedIn.csrfToken(), signedIn.displayName());
    }

    private static Verdict verdict(MultivaluedMap<String, String> form) {
        String value = form.getFirst("verdict");
        if ("AGREE".equals(value)) {
            return Verdict.AGREE;
        }
        if ("ISSUES".equals(value)) {
            return Verdict.ISSUES;
        }
        throw new WorkflowException("审核结论：请选择“同意”或“退回修改”");
    }

    /** Each point answered 是 (yes) or 否 (no); unanswered points stay unanswered and the domain names them. */
    private static LegalReviewChecklist checklist(MultivaluedMap<String, String> form) {
        Map<LegalReviewChecklist.Point, Boolean> answers = new EnumMap<>(LegalReviewChecklist.Point.class);
        for (LegalReviewChecklist.Point point : LegalReviewChecklist.Point.values()) {
            String answer = form.getFirst("point." + point.name());
            if ("yes".equals(answer) || "no".equals(answer)) {
                answers.put(point, "yes".equals(answer));
            }
        }
        return new LegalReviewChecklist(answers);
    }

    private static Instant scheduledFor(MultivaluedMap<String, String> form) {
        String value = form.getFirst("scheduledFor");
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = LocalDateTime.parse(value.strip()).atZone(Workflow.CHINA).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new WorkflowException("定时发布时间：格式应为 年-月-日 时:分，例如 2026-12-01T09:00");
        }
        // A time already past would publish at once, which is not what a scheduled time asks for.
        if (!at.isAfter(Instant.now())) {
            throw new WorkflowException("定时发布时间：应晚于现在（北京时间）；要立即发布请留空");
        }
        return at;
    }
}
