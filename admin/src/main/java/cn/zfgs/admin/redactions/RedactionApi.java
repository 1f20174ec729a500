package cn.zfgs.admin.redactions;

import cn.zfgs.admin.security.Access;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.RedactionReview;
import cn.zfgs.content.workflow.RedactionReview.SpanView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * 屏蔽确认接口 — the JSON API of the redaction confirm step, for the staff screens: a revision's spans with the text
 * each hides, accept (optionally with another replacement), reject, add by hand, run the detectors again. Every POST
 * needs the session's form token in the {@value #TOKEN_HEADER} header; bodies are read as JSON whatever their declared
 * type, so a missing Content-Type gets the same answers. Refusals are JSON {@code {message, errors}}:
 * 400 for a malformed request, 409 for what the workflow rules forbid, 422 for a bad span or replacement (with the
 * field named).
 */
@Path("/admin/api")
@Produces(MediaType.APPLICATION_JSON)
public class RedactionApi {

    public static final String TOKEN_HEADER = "X-CSRF-Token";

    /** One span as the screens show it. */
    public record SpanJson(Long id, String field, int start, int length, String category, String categoryLabel,
            String replacement, String status, String statusLabel, String origin, String covered) {

        static SpanJson of(SpanView view) {
            RedactionSpan s = view.span();
            return new SpanJson(view.id(), s.field(), s.start(), s.length(), s.category().name(),
                    s.category().label(), s.replacement(), view.status().name(), view.status().label(),
                    view.origin().name(), view.covered());
        }
    }

    /** A revision's spans and how many still wait for a decision (approval needs none). */
    public record SpansJson(Long revisionId, long waiting, List<SpanJson> spans) {
    }

    /** Why a request was refused. */
    public record Problem(String message, List<FieldError> errors) {
    }

    /** 手工屏蔽 as sent: {@code category} is a {@link RedactionCategory} name. */
    record SpanRequest(String field, Integer start, Integer length, String category, String replacement) {
    }

    /** 确认 as sent: a replacement, or none to keep the suggested one. */
    record AcceptRequest(String replacement) {
    }

    @Inject
    RedactionReview redactions;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;

    // The revision shows its unredacted text: the workflow roles only, not the administrator.
    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.REVISION)
    @GET
    @Path("/revisions/{id: \\d{1,18}}/redactions")
    public Response list(@PathParam("id") Long revisionId) {
        return answer(() -> Response.ok(spans(revisionId)));
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.REVISION)
    @POST
    @Path("/revisions/{id: \\d{1,18}}/redactions")
    public Response add(@PathParam("id") Long revisionId, @HeaderParam(TOKEN_HEADER) String token, String body) {
        csrf.require(token);
        return answer(() -> {
            SpanView added = redactions.add(signedIn.actor(), revisionId, span(read(body, SpanRequest.class)),
                    Instant.now());
            return Response.status(Response.Status.CREATED).entity(ContentJson.write(SpanJson.of(added)));
        });
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.REVISION)
    @POST
    @Path("/revisions/{id: \\d{1,18}}/redactions/detect")
    public Response detect(@PathParam("id") Long revisionId, @HeaderParam(TOKEN_HEADER) String token) {
        csrf.require(token);
        return answer(() -> {
            redactions.detect(signedIn.actor(), revisionId, Instant.now());
            return Response.ok(spans(revisionId));
        });
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.SPAN)
    @POST
    @Path("/redactions/{span: \\d{1,18}}/accept")
    public Response accept(@PathParam("span") Long spanId, @HeaderParam(TOKEN_HEADER) String token, String body) {
        csrf.require(token);
        return answer(() -> {
            String replacement = body == null || body.isBlank() ? null
                    : read(body, AcceptRequest.class).replacement();
            redactions.accept(signedIn.actor(), spanId, replacement, Instant.now());
            return Response.noContent();
        });
    }

    @Access(roles = {StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER, StaffRole.APPROVER}, scope = Access.Scope.SPAN)
    @POST
    @Path("/redactions/{span: \\d{1,18}}/reject")
    public Response reject(@PathParam("span") Long spanId, @HeaderParam(TOKEN_HEADER) String token) {
        csrf.require(token);
        return answer(() -> {
            redactions.reject(signedIn.actor(), spanId, Instant.now());
            return Response.noContent();
        });
    }

    private String spans(Long revisionId) {
        List<SpanView> views = redactions.spans(signedIn.actor(), revisionId);
        long waiting = views.stream().filter(s -> s.status().pending()).count();
        return ContentJson.write(new SpansJson(revisionId, waiting, views.stream().map(SpanJson::of).toList()));
    }

    /** The span a request asks for, or a 400 naming what is missing or wrong. */
    private static RedactionSpan span(SpanRequest request) {
        if (request.field() == null || request.start() == null || request.length() == null
                || request.replacement() == null || request.category() == null) {
            throw new BadRequest("屏蔽区段：必须给出 field、start、length、category 和 replacement");
        }
        RedactionCategory category = Arrays.stream(RedactionCategory.values())
                .filter(c -> c.name().equals(request.category())).findFirst()
                .orElseThrow(() -> new BadRequest("屏蔽类别：应为 " + Arrays.stream(RedactionCategory.values())
                        .map(c -> c.name() + "（" + c.label() + "）").collect(Collectors.joining("、")) + " 之一"));
        if (request.start() < 0 || request.length() <= 0) {
            throw new InvalidContentException(List.of(new FieldError("start", "屏蔽范围：起点不能为负、长度必须大于零")));
        }
        return new RedactionSpan(request.field(), request.start(), request.length(), category, request.replacement());
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            T value = body == null ? null : ContentJson.read(body, type);
            if (value == null) {
                throw new BadRequest("请求内容：应为 JSON 对象");
            }
            return value;
        } catch (IllegalStateException malformed) {
            throw new BadRequest("请求内容：不是有效的 JSON，或字段类型不符");
        }
    }

    /** Runs the action; refusals become JSON problems, never a stack trace. */
    private static Response answer(Supplier<Response.ResponseBuilder> action) {
        try {
            return action.get().type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        } catch (BadRequest bad) {
            return problem(Response.Status.BAD_REQUEST, bad.getMessage(), List.of());
        } catch (InvalidContentException invalid) {
            return problem(422, invalid.getMessage(), invalid.errors());
        } catch (WorkflowException refused) {
            return problem(Response.Status.CONFLICT, refused.getMessage(), List.of());
        }
    }

    private static Response problem(Response.Status status, String message, List<FieldError> errors) {
        return problem(status.getStatusCode(), message, errors);
    }

    private static Response problem(int status, String message, List<FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ContentJson.write(new Problem(message, errors))).build();
    }

    /** A request the API cannot read. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
