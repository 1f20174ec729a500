package cn.zfgs.admin.content;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.ContentItem;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.RevisionStatus;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LawSearch;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.workflow.ContentValidator;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 内容编辑 — new content of every kind but decisions (they have {@code DecisionFormResource}), drafts edited, published
 * content corrected, through one form per kind with the errors beside their fields; nothing is saved unless the
 * whole content is valid. The form's law search and "more rows" work without JavaScript: their buttons post the
 * form back, which keeps everything typed and saves nothing.
 */
@Path("/admin/content")
@Produces(MediaType.TEXT_HTML)
public class ContentFormResource {

    /** What the form is for: its heading, where it posts, whether it asks for a public change note, where back is. */
    public record Purpose(String heading, String action, boolean correction, String error, String back) {
    }

    /** One kind on the overview, with where to create one. */
    public record KindLine(String label, String segment, String createPath) {
    }

    /** One item in the list: its latest revision and what can be done with it. */
    public record ItemLine(String kind, String title, Long revisionId, int revisionNumber, String status,
            Integer publishedVersion, boolean withdrawn, String correctPath) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Purpose purpose, List<Element> layout, FormState form, String csrf,
                String staffName);

        static native TemplateInstance index(List<KindLine> kinds, String current, List<ItemLine> items,
                boolean canCreate, String csrf, String staffName);
    }

    /** The content a form describes and what keeps it from being saved. */
    private record Read(Content content, List<FieldError> errors) {
    }

    private static final int LISTED = 300;
    private static final int SPARE_ROWS = 2;
    private static final int MORE_ROWS = 5;
    private static final Set<String> CONTROLS = Set.of(Csrf.FIELD, "_action", "pickBasis", "lawQuery");

    @Inject
    Workflow workflow;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;
    @Inject
    EntityManager em;

    private final LawCatalogue laws = LawCatalogue.shipped();

    /** 内容管理: the kinds, and the latest items of the agencies in scope (of one kind when asked). */
    @Access(roles = StaffRole.EDITOR)
    @GET
    public TemplateInstance index(@QueryParam("kind") String segment) {
        ContentKind only = segment == null || segment.isBlank() ? null : kind(segment);
        Actor actor = signedIn.actor();
        Set<Long> scope = new HashSet<>(actor.grantedAgencyIds());
        scope.add(actor.agencyId());
        TypedQuery<ContentItem> query = em.createQuery("FROM ContentItem WHERE agencyId IN :scope"
                        + (only == null ? "" : " AND kind = :kind") + " ORDER BY id DESC", ContentItem.class)
                .setParameter("scope", scope)
                .setMaxResults(LISTED);
        if (only != null) {
            query.setParameter("kind", only);
        }
        List<ContentItem> items = query.getResultList();
        Map<Long, Revision> latest = new HashMap<>();
        if (!items.isEmpty()) {
            em.createQuery("FROM Revision r WHERE r.itemId IN :ids AND r.number = "
                            + "(SELECT MAX(r2.number) FROM Revision r2 WHERE r2.itemId = r.itemId)", Revision.class)
                    .setParameter("ids", items.stream().map(ContentItem::id).toList())
                    .getResultStream().forEach(r -> latest.put(r.itemId(), r));
        }
        boolean editor = actor.has(StaffRole.EDITOR);
        List<ItemLine> lines = items.stream().filter(i -> latest.containsKey(i.id())).map(i -> {
            Revision r = latest.get(i.id());
            // Annual reports are drafted by the system, not entered in a form: nothing to correct here.
            boolean correctable = editor && i.publishedVersion() != null && !i.withdrawn()
                    && (i.kind() == ContentKind.DECISION || KindForms.of(i.kind()).isPresent());
            return new ItemLine(i.kind().label(), i.title(), r.id(), r.number(), r.status().label(),
                    i.publishedVersion(), i.withdrawn(), correctable ? correctPath(i) : null);
        }).toList();
        List<KindLine> kinds = Arrays.stream(ContentKind.values())
                .filter(k -> k == ContentKind.DECISION || KindForms.of(k).isPresent())
                .map(k -> new KindLine(k.label(), k.pathSegment(), k == ContentKind.DECISION ? "/admin/decisions/new"
                        : "/admin/content/" + k.pathSegment() + "/new"))
                .toList();
        return Templates.index(kinds, only == null ? null : only.pathSegment(), lines, editor, signedIn.csrfToken(),
                signedIn.displayName());
    }

    @Access(roles = StaffRole.EDITOR)
    @GET
    @Path("/{kind}/new")
    public Response blank(@PathParam("kind") String segment) {
        KindForm form = form(kind(segment));
        requireEditor();
        String refusal = agencyProfileExists(form, signedIn.agencyId());
        return Response.ok(page(create(form, refusal), form, items(form, signedIn.agencyId()),
                FormState.of(Map.of(), SPARE_ROWS))).build();
    }

    @Access(roles = StaffRole.EDITOR)
    @POST
    @Path("/{kind}/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("kind") String segment, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        KindForm form = form(kind(segment));
        requireEditor();
        Long agencyId = signedIn.agencyId();
        List<Element.Option> items = items(form, agencyId);
        FormState state = state(posted);
        Response aside = aside(posted, create(form, null), form, items, state);
        if (aside != null) {
            return aside;
        }
        Read read = read(form, state, items);
        if (!read.errors().isEmpty()) {
            return refused(create(form, null), form, items, state, read.errors());
        }
        String refusal = agencyProfileExists(form, agencyId);
        if (refusal != null) {
            return Response.status(Response.Status.CONFLICT).entity(page(create(form, refusal), form, items, state))
                    .build();
        }
        try {
            Revision revision = workflow.create(signedIn.actor(), agencyId, read.content(), Instant.now());
            return saved(revision.id(), "已保存草稿");
        } catch (InvalidContentException invalid) {
            return refused(create(form, null), form, items, state, invalid.errors());
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(create(form, refused.getMessage()), form, items, state)).build();
        }
    }

    /** 修改草稿: a draft (new, returned by a reviewer, or a correction not yet submitted). */
    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.REVISION)
    @GET
    @Path("/edit/{id: \\d{1,18}}")
    public Response edit(@PathParam("id") Long revisionId) {
        Revision revision = revision(revisionId);
        ContentItem item = em.find(ContentItem.class, revision.itemId());
        if (item.kind() == ContentKind.DECISION) {
            return Response.seeOther(URI.create("/admin/decisions/edit/" + revisionId)).build();
        }
        KindForm form = form(item.kind());
        requireEditor();
        if (revision.status() != RevisionStatus.DRAFT) {
            return notDraft(revision);
        }
        Map<String, String> values = new HashMap<>(form.values(ContentJson.readContent(item.kind(),
                revision.payload())));
        if (revision.changeNote() != null) {
            values.put("changeNote", revision.changeNote());
        }
        return Response.ok(page(editing(form, revision, null), form, items(form, item.agencyId()),
                FormState.of(values, SPARE_ROWS))).build();
    }

    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.REVISION)
    @POST
    @Path("/edit/{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveEdit(@PathParam("id") Long revisionId, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        Revision revision = revision(revisionId);
        ContentItem item = em.find(ContentItem.class, revision.itemId());
        KindForm form = form(item.kind());
        requireEditor();
        List<Element.Option> items = items(form, item.agencyId());
        FormState state = state(posted);
        Purpose purpose = editing(form, revision, null);
        Response aside = aside(posted, purpose, form, items, state);
        if (aside != null) {
            return aside;
        }
        Read read = read(form, state, items);
        List<FieldError> errors = new ArrayList<>(read.errors());
        String changeNote = purpose.correction() ? state.value("changeNote") : null;
        if (purpose.correction()) {
            requireChangeNote(changeNote, errors);
        }
        if (!errors.isEmpty()) {
            return refused(purpose, form, items, state, errors);
        }
        try {
            workflow.edit(signedIn.actor(), revisionId, read.content(), changeNote, Instant.now());
            return saved(revisionId, "已保存修改");
        } catch (InvalidContentException invalid) {
            return refused(purpose, form, items, state, invalid.errors());
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(editing(form, revision, refused.getMessage()), form, items, state)).build();
        }
    }

    /** 更正: a new revision of published content, with the change note the public will read. */
    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.ITEM)
    @GET
    @Path("/correct/{id: \\d{1,18}}")
    public Response correction(@PathParam("id") Long itemId) {
        ContentItem item = publishedItem(itemId);
        if (item.kind() == ContentKind.DECISION) {
            return Response.seeOther(URI.create("/admin/items/" + itemId + "/correct")).build();
        }
        KindForm form = form(item.kind());
        requireEditor();
        Revision published = publishedRevision(itemId);
        return Response.ok(page(correcting(form, itemId, null), form, items(form, item.agencyId()),
                FormState.of(form.values(ContentJson.readContent(item.kind(), published.payload())), SPARE_ROWS)))
                .build();
    }

    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.ITEM)
    @POST
    @Path("/correct/{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCorrection(@PathParam("id") Long itemId, MultivaluedMap<String, String> posted) {
        csrf.require(posted.getFirst(Csrf.FIELD));
        ContentItem item = publishedItem(itemId);
        KindForm form = form(item.kind());
        requireEditor();
        List<Element.Option> items = items(form, item.agencyId());
        FormState state = state(posted);
        Purpose purpose = correcting(form, itemId, null);
        Response aside = aside(posted, purpose, form, items, state);
        if (aside != null) {
            return aside;
        }
        Read read = read(form, state, items);
        List<FieldError> errors = new ArrayList<>(read.errors());
        requireChangeNote(state.value("changeNote"), errors);
        if (!errors.isEmpty()) {
            return refused(purpose, form, items, state, errors);
        }
        try {
            Revision revision = workflow.correct(signedIn.actor(), itemId, read.content(), state.value("changeNote"),
                    Instant.now());
            return saved(revision.id(), "已保存更正草稿");
        } catch (InvalidContentException invalid) {
            return refused(purpose, form, items, state, invalid.errors());
        } catch (WorkflowException refused) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(correcting(form, itemId, refused.getMessage()), form, items, state)).build();
        }
    }

    /**
     * The buttons that post the form back without saving: the law search, adding the laws picked from its results,
     * more rows for the repeated groups. Null for the save button.
     */
    private Response aside(MultivaluedMap<String, String> posted, Purpose purpose, KindForm form,
            List<Element.Option> items, FormState state) {
        String action = posted.getFirst("_action");
        String query = posted.getFirst("lawQuery") == null ? "" : posted.getFirst("lawQuery").strip();
        if ("lawSearch".equals(action)) {
            return Response.ok(page(purpose, form, items, state.withLaws(query, LawSearch.find(laws, query)))).build();
        }
        if ("addLaws".equals(action)) {
            Set<String> bases = new LinkedHashSet<>(state.value("legalBases").lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
            List<String> picked = posted.get("pickBasis") == null ? List.of() : posted.get("pickBasis");
            picked.stream().map(String::strip).filter(p -> laws.check(p).error().isEmpty()).forEach(bases::add);
            return Response.ok(page(purpose, form, items, state.withValue("legalBases", String.join("\n", bases))
                    .withLaws(query, LawSearch.find(laws, query)))).build();
        }
        if ("moreRows".equals(action)) {
            return Response.ok(page(purpose, form, items, state.withSpareRows(MORE_ROWS))).build();
        }
        return null;
    }

    /** Errors of reading the form first; the validator's only for fields that read well. */
    private Read read(KindForm form, FormState state, List<Element.Option> items) {
        FormReader in = new FormReader(state.values());
        Content content = form.read(in, items);
        List<FieldError> errors = new ArrayList<>(in.errors());
        Set<String> named = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        ContentValidator.check(content, laws, LocalDate.now(Workflow.CHINA)).stream()
                .filter(e -> !named.contains(e.field()))
                .forEach(errors::add);
        return new Read(content, errors);
    }

    private static void requireChangeNote(String changeNote, List<FieldError> errors) {
        if (changeNote == null || changeNote.isBlank()) {
            errors.add(new FieldError("changeNote", "更正说明：必须填写，将随更正后的版本公开"));
        } else if (changeNote.length() > 2000) {
            errors.add(new FieldError("changeNote", "更正说明：不能超过 2000 个字符"));
        }
    }

    /** The posted fields, first value each, without the form's controls. */
    private static FormState state(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new HashMap<>();
        posted.forEach((name, list) -> {
            if (!CONTROLS.contains(name) && !list.isEmpty() && list.get(0) != null && name.length() <= 80) {
                values.put(name, list.get(0).strip());
            }
        });
        return FormState.of(values, 0);
    }

    private Response refused(Purpose purpose, KindForm form, List<Element.Option> items, FormState state,
            List<FieldError> errors) {
        return Response.status(422).entity(page(purpose, form, items, state.withErrors(errors))).build();
    }

    private static Response saved(Long revisionId, String notice) {
        return Response.seeOther(URI.create("/admin/revisions/" + revisionId + "?done="
                + URLEncoder.encode(notice, StandardCharsets.UTF_8))).build();
    }

    private static Response notDraft(Revision revision) {
        return Response.seeOther(URI.create("/admin/revisions/" + revision.id() + "?failed=" + URLEncoder.encode(
                "修订当前状态为“" + revision.status().label() + "”，只有草稿可以修改", StandardCharsets.UTF_8))).build();
    }

    private TemplateInstance page(Purpose purpose, KindForm form, List<Element.Option> items, FormState state) {
        return Templates.form(purpose, form.layout(items), state, signedIn.csrfToken(), signedIn.displayName());
    }

    private static Purpose create(KindForm form, String error) {
        return new Purpose("新建" + form.kind().label(), "/admin/content/" + form.kind().pathSegment() + "/new", false,
                error, "/admin/content?kind=" + form.kind().pathSegment());
    }

    private static Purpose editing(KindForm form, Revision revision, String error) {
        return new Purpose("修改" + form.kind().label() + "（第 " + revision.number() + " 稿）",
                "/admin/content/edit/" + revision.id(), revision.changeNote() != null, error,
                "/admin/revisions/" + revision.id());
    }

    private static Purpose correcting(KindForm form, Long itemId, String error) {
        return new Purpose("更正" + form.kind().label(), "/admin/content/correct/" + itemId, true, error,
                "/admin/content?kind=" + form.kind().pathSegment());
    }

    static String correctPath(ContentItem item) {
        return item.kind() == ContentKind.DECISION ? "/admin/items/" + item.id() + "/correct"
                : "/admin/content/correct/" + item.id();
    }

    /** The agency's enforcement items, for forms that refer to one. */
    private List<Element.Option> items(KindForm form, Long agencyId) {
        if (!form.needsItems()) {
            return List.of();
        }
        return em.createQuery("FROM ContentItem WHERE agencyId = :a AND kind = :k AND withdrawn = false ORDER BY title",
                        ContentItem.class)
                .setParameter("a", agencyId).setParameter("k", ContentKind.ENFORCEMENT_ITEM)
                .getResultStream().map(i -> new Element.Option(String.valueOf(i.id()), i.title())).toList();
    }

    /** An agency publishes one profile; a second is refused with where to correct the first. */
    private String agencyProfileExists(KindForm form, Long agencyId) {
        if (form.kind() != ContentKind.AGENCY) {
            return null;
        }
        long existing = em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.agencyId = :a AND i.kind = :k",
                        Long.class)
                .setParameter("a", agencyId).setParameter("k", ContentKind.AGENCY).getSingleResult();
        return existing == 0 ? null : "本机关已有执法主体信息，请在内容管理中更正已有的主体信息，不要另建";
    }

    private void requireEditor() {
        if (!signedIn.actor().has(StaffRole.EDITOR)) {
            throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("编辑内容需要" + StaffRole.EDITOR.label() + "角色").build());
        }
    }

    private Revision revision(Long id) {
        Revision revision = em.find(Revision.class, id);
        ContentItem item = revision == null ? null : em.find(ContentItem.class, revision.itemId());
        if (item == null || !signedIn.actor().actsFor(item.agencyId())) {
            throw new NotFoundException();
        }
        return revision;
    }

    private ContentItem publishedItem(Long itemId) {
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null || !signedIn.actor().actsFor(item.agencyId()) || item.publishedVersion() == null
                || item.withdrawn()) {
            throw new NotFoundException();
        }
        return item;
    }

    private Revision publishedRevision(Long itemId) {
        return em.createQuery("FROM Revision WHERE itemId = :i AND status = :s", Revision.class)
                .setParameter("i", itemId).setParameter("s", RevisionStatus.PUBLISHED)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    private static ContentKind kind(String segment) {
        return Arrays.stream(ContentKind.values()).filter(k -> k.pathSegment().equals(segment)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static KindForm form(ContentKind kind) {
        return KindForms.of(kind).orElseThrow(NotFoundException::new);
    }
}
