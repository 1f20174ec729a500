package cn.zfgs.admin.security;

import cn.zfgs.content.editorial.StaffRole;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enforces each staff route's {@link Access} rule after {@link AdminGate} has established who asks: the role, then
 * the agency of what the path names. Fails closed: a route without a rule answers 403. The domain checks role and
 * scope again on every action; this makes the refusal uniform and visible before any work is done.
 */
public class AccessRules {

    @Inject
    SignedIn signedIn;
    @Inject
    SubjectAgencies subjects;

    // After AdminGate (priority USER), which establishes who asks.
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Optional<Response> enforce(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        Method method = resource.getResourceMethod();
        if (method == null || !path.equals("/admin") && !path.startsWith("/admin/")) {
            return Optional.empty();
        }
        Access rule = method.getAnnotation(Access.class);
        if (rule == null) {
            return refuse(path, "此功能尚未配置访问规则");
        }
        if (rule.signIn() || rule.apiKey()) {
            return Optional.empty();
        }
        if (!signedIn.present()) {
            return refuse(path, "请先登录");
        }
        if (rule.roles().length > 0 && Arrays.stream(rule.roles()).noneMatch(signedIn.actor()::has)) {
            return refuse(path, "此功能需要" + Arrays.stream(rule.roles()).map(StaffRole::label)
                    .collect(Collectors.joining("或")) + "角色");
        }
        if (rule.scope() == Access.Scope.NONE) {
            return Optional.empty();
        }
        Optional<Long> agency = subjects.agencyOf(rule.scope(), request.getUriInfo().getPathParameters());
        if (agency.isEmpty()) {
            return Optional.of(Response.status(Response.Status.NOT_FOUND).type(TEXT).entity("未找到").build());
        }
        if (!signedIn.actor().actsFor(agency.get())) {
            return refuse(path, "只能处理本机关或授权的下级机关的内容（谁执法谁公示）");
        }
        return Optional.empty();
    }

    private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8");

    /** Pages get the reason as text; the JSON API of the staff area gets it as its problems look. */
    private static Optional<Response> refuse(String path, String why) {
        Response.ResponseBuilder forbidden = Response.status(Response.Status.FORBIDDEN);
        return Optional.of(path.startsWith("/admin/api/")
                ? forbidden.type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("message", why)).build()
                : forbidden.type(TEXT).entity("无权访问：" + why).build());
    }
}
