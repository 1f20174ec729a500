package cn.zfgs.admin.items;

import cn.zfgs.admin.security.Access;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.workflow.Workflow;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** 撤回 — the approver takes a published item down; the revision screen carries the form. */
@Path("/admin/items/{id: \\d{1,18}}/withdraw")
@Produces(MediaType.TEXT_HTML)
public class WithdrawResource {

    @Inject
    Workflow workflow;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;
    @Inject
    EntityManager em;

    @Access(roles = StaffRole.APPROVER, scope = Access.Scope.ITEM)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") Long itemId, MultivaluedMap<String, String> form) {
        csrf.require(form.getFirst(Csrf.FIELD));
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null || !signedIn.actor().actsFor(item.agencyId())) {
            throw new NotFoundException();
        }
        Long revisionId = em.createQuery("SELECT MAX(id) FROM Revision WHERE itemId = :i", Long.class)
                .setParameter("i", itemId).getSingleResult();
        String outcome;
        try {
            workflow.withdraw(signedIn.actor(), itemId, reason(form.getFirst("reason")),
                    form.getFirst("basisDocument"), blankToNull(form.getFirst("note")),
                    learnedOn(form.getFirst("learnedOn")), Instant.now());
            outcome = "?done=" + URLEncoder.encode("已撤回，公开页面已下线", StandardCharsets.UTF_8);
        } catch (WorkflowException refused) {
            outcome = "?failed=" + URLEncoder.encode(refused.getMessage(), StandardCharsets.UTF_8);
        }
        return Response.seeOther(URI.create("/admin/revisions/" + revisionId + outcome)).build();
    }

    private static WithdrawalReason reason(String value) {
        try {
            return WithdrawalReason.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException unknown) {
            throw new WorkflowException("撤回原因：请从列表中选择");
        }
    }

    private static LocalDate learnedOn(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new WorkflowException("知悉日期：格式应为 年-月-日");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
