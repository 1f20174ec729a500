package cn.zfgs.admin.decisions;

import cn.zfgs.admin.security.Access;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LawSearch;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** 执法决定表单 — a new decision, and a correction (更正) of a published one, with errors beside their fields. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class DecisionFormResource {

    /** Where the form posts, and what it is for. */
    public record Purpose(String heading, String action, boolean correction, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Purpose purpose, DecisionForm form, String csrf, String staffName);
    }

    @Inject
    Workflow workflow;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;
    @Inject
    EntityManager em;

    private final LawCatalogue laws = LawCatalogue.shipped();

    @Access(roles = StaffRole.EDITOR)
    @GET
    @Path("/decisions/new")
    public TemplateInstance blank() {
        return page(newDecision(null), DecisionForm.empty());
    }

    @Access(roles = StaffRole.EDITOR)
    @POST
    @Path("/decisions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        DecisionForm form = DecisionForm.of(posted);
        Response aside = lawSearch(posted, newDecision(null), form);
        if (aside != null) {
            return aside;
        }
        List<FieldError> errors = new ArrayList<>();
        DecisionContent content = form.toContent(errors);
        if (content == null) {
            return refused(newDecision(null), form, errors);
        }
        try {
            Revision revision = workflow.create(signedIn.actor(), signedIn.agencyId(), content, Instant.now());
            return Response.seeOther(URI.create("/admin/revisions/" + revision.id() + "?done=%E5%B7%B2%E4%BF%9D%E5%AD%98"))
                    .build();
        } catch (InvalidContentException invalid) {
            return refused(newDecision(null), form, invalid.errors());
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT).entity(page(newDecision(refused.getMessage()), form))
                    .build();
        }
    }

    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.ITEM)
    @GET
    @Path("/items/{id: \\d{1,18}}/correct")
    public TemplateInstance correction(@PathParam("id") Long itemId) {
        return page(correct(itemId, null), DecisionForm.of(currentDecision(itemId)));
    }

    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.ITEM)
    @POST
    @Path("/items/{id: \\d{1,18}}/correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCorrection(@PathParam("id") Long itemId, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        currentDecision(itemId);
        DecisionForm form = DecisionForm.of(posted);
        Response aside = lawSearch(posted, correct(itemId, null), form);
        if (aside != null) {
            return aside;
        }
        List<FieldError> errors = new ArrayList<>();
        DecisionContent content = form.toContent(errors);
        if (form.changeNote().isEmpty()) {
            errors.add(new FieldError("changeNote", "更正说明：必须填写，将随更正后的版本公开"));
        }
        if (content == null || !errors.isEmpty()) {
            return refused(correct(itemId, null), form, errors);
        }
        try {
            Revision revision = workflow.correct(signedIn.actor(), itemId, content, form.changeNote(), Instant.now());
            return Response.seeOther(URI.create("/admin/revisions/" + revision.id())).build();
        } catch (InvalidContentException invalid) {
            return refused(correct(itemId, null), form, invalid.errors());
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT).entity(page(correct(itemId, refused.getMessage()), form))
                    .build();
        }
    }

    /** 修改草稿 of a decision: a new one, one returned by a reviewer, or a correction not yet submitted. */
    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.REVISION)
    @GET
    @Path("/decisions/edit/{id: \\d{1,18}}")
    public Response editDraft(@PathParam("id") Long revisionId) {
        Revision revision = draft(revisionId);
        if (revision.status() != RevisionStatus.DRAFT) {
            return Response.seeOther(URI.create("/admin/revisions/" + revisionId + "?failed=" + URLEncoder.encode(
                    "修订当前状态为“" + revision.status().label() + "”，只有草稿可以修改", StandardCharsets.UTF_8))).build();
        }
        DecisionForm form = DecisionForm.of((DecisionContent) ContentJson.readContent(ContentKind.DECISION,
                revision.payload()));
        return Response.ok(page(edit(revision, null), revision.changeNote() == null ? form
                : form.withChangeNote(revision.changeNote()))).build();
    }

    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.REVISION)
    @POST
    @Path("/decisions/edit/{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDraft(@PathParam("id") Long revisionId, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        Revision revision = draft(revisionId);
        DecisionForm form = DecisionForm.of(posted);
        Response aside = lawSearch(posted, edit(revision, null), form);
        if (aside != null) {
            return aside;
        }
        List<FieldError> errors = new ArrayList<>();
        DecisionContent content = form.toContent(errors);
        boolean correction = revision.changeNote() != null;
        if (correction && form.changeNote().isEmpty()) {
            errors.add(new FieldError("changeNote", "更正说明：必须填写，将随更正后的版本公开"));
        }
        if (content == null || !errors.isEmpty()) {
            return refused(edit(revision, null), form, errors);
        }
        try {
            workflow.edit(signedIn.actor(), revisionId, content, correction ? form.changeNote() : null, Instant.now());
            return Response.seeOther(URI.create("/admin/revisions/" + revisionId + "?done="
                    + URLEncoder.encode("已保存修改", StandardCharsets.UTF_8))).build();
        } catch (InvalidContentException invalid) {
            return refused(edit(revision, null), form, invalid.errors());
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT).entity(page(edit(revision, refused.getMessage()), form))
                    .build();
        }
    }

    /** A decision revision in the editor's scope; others are not found. */
    private Revision draft(Long revisionId) {
        Revision revision = em.find(Revision.class, revisionId);
        ContentItem item = revision == null ? null : em.find(ContentItem.class, revision.itemId());
        if (item == null || item.kind() != ContentKind.DECISION || !signedIn.actor().actsFor(item.agencyId())) {
            throw new NotFoundException();
        }
        return revision;
    }

    private DecisionContent currentDecision(Long itemId) {
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null || item.kind() != ContentKind.DECISION || !signedIn.actor().actsFor(item.agencyId())
                || item.publishedVersion() == null) {
            throw new NotFoundException();
        }
        Revision published = em.createQuery("FROM Revision WHERE itemId = :i AND status = :s", Revision.class)
                .setParameter("i", itemId).setParameter("s", RevisionStatus.PUBLISHED)
                .getResultList().stream().findFirst().orElseThrow(NotFoundException::new);
        return (DecisionContent) ContentJson.readContent(ContentKind.DECISION, published.payload());
    }

    /**
     * The law search's buttons post the form back: the hits of the query, or the ticked citations added to the legal
     * bases; nothing is saved. Null for the save button.
     */
    private Response lawSearch(MultivaluedMap<String, String> posted, Purpose purpose, DecisionForm form) {
        String action = posted.getFirst("_action");
        if (!"lawSearch".equals(action) && !"addLaws".equals(action)) {
            return null;
        }
        Set<String> bases = new LinkedHashSet<>(form.legalBases().lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if ("addLaws".equals(action) && posted.get("pickBasis") != null) {
            posted.get("pickBasis").stream().map(String::strip).filter(p -> laws.check(p).error().isEmpty())
                    .forEach(bases::add);
        }
        return Response.ok(page(purpose, form.withLaws(String.join("\n", bases),
                LawSearch.find(laws, form.lawQuery())))).build();
    }

    private Response refused(Purpose purpose, DecisionForm form, List<FieldError> errors) {
        return Response.status(422).entity(page(purpose, form.withErrors(errors))).build();
    }

    private TemplateInstance page(Purpose purpose, DecisionForm form) {
        return Templates.form(purpose, form, signedIn.csrfToken(), signedIn.displayName());
    }

    private static Purpose newDecision(String error) {
        return new Purpose("新建执法决定", "/admin/decisions/new", false, error);
    }

    private static Purpose edit(Revision revision, String error) {
        return new Purpose("修改执法决定（第 " + revision.number() + " 稿）", "/admin/decisions/edit/" + revision.id(),
                revision.changeNote() != null, error);
    }

    private static Purpose correct(Long itemId, String error) {
        return new Purpose("更正执法决定", "/admin/items/" + itemId + "/correct", true, error);
    }
}
