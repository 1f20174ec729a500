package cn.zfgs.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jakarta.ws.rs.GET;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a page may show a link to another staff route: the same {@link Access} rule that {@link AccessRules}
 * enforces when the link is followed, read from the target method, so a page never offers what would answer 403.
 */
@ApplicationScoped
public class RouteLinks {

    private final Map<String, Access> rules = new ConcurrentHashMap<>();

    @Inject
    SignedIn signedIn;

    /**
     * Whether the signed-in member of staff may open {@code resource}'s GET method {@code method} for a subject of
     * {@code agencyId} (ignored for routes whose scope is {@link Access.Scope#NONE}).
     */
    public boolean mayOpen(Class<?> resource, String method, Long agencyId) {
        Access rule = rules.computeIfAbsent(resource.getName() + "#" + method, key -> rule(resource, method));
        if (!signedIn.present() || rule.signIn() || rule.apiKey()) {
            return rule.signIn();
        }
        if (rule.roles().length > 0 && Arrays.stream(rule.roles()).noneMatch(signedIn.actor()::has)) {
            return false;
        }
        return rule.scope() == Access.Scope.NONE || signedIn.actor().actsFor(agencyId);
    }

    private static Access rule(Class<?> resource, String name) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(GET.class))
                .map((Method m) -> m.getAnnotation(Access.class))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no GET route with a rule: " + resource + "#" + name));
    }
}
