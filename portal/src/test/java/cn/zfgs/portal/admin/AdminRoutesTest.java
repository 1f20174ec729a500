package cn.zfgs.portal.admin;

import cn.zfgs.admin.security.AdminGate;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.portal.support.Fixtures;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the staff area, found by reading the admin module's resource classes, so that a new route is
 * covered the day it is added: without a session each one sends to the sign-in page (the sign-in page aside), and
 * every POST refuses a form without the session's anti-forgery token.
 */
@QuarkusTest
class AdminRoutesTest {

    private static final String PASSWORD = "Correct-Horse-9";

    @Inject
    Fixtures fixtures;

    record Route(String method, String path) {
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages("cn.zfgs.admin")) {
            Class<?> resource = type.reflect();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(GET.class) ? "GET" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (root.value() + (sub == null ? "" : sub.value())).replaceAll("\\{[^/]*}", "1");
                routes.add(new Route(verb, path));
            }
        }
        return routes;
    }

    @Test
    void theRouteListIsFound() {
        assertThat(routes()).contains(new Route("GET", "/admin"), new Route("POST", "/admin/revisions/1/approve"),
                new Route("POST", "/admin/items/1/withdraw"));
    }

    @Test
    void withoutASessionEveryRouteButSignInSendsToTheSignInPage() {
        for (Route route : routes()) {
            if (route.path().equals("/admin/login")) {
                continue;
            }
            int status = given().redirects().follow(false).request(route.method(), route.path()).statusCode();
            // The push API answers to API keys, never to a session: without one it is 401, not the sign-in page.
            int expected = route.path().startsWith(AdminGate.PUSH_PATH) ? 401 : 303;
            assertThat(status).as("%s %s without a session", route.method(), route.path()).isEqualTo(expected);
        }
    }

    @Test
    void everyPostRefusesAFormWithoutTheSessionsToken() {
        StaffSession session = StaffSession.signIn(fixtures.account(fixtures.team(), "csrf",
                Set.of(StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.APPROVER, StaffRole.ADMINISTRATOR), PASSWORD),
                PASSWORD);
        for (Route route : routes()) {
            if (!route.method().equals("POST") || route.path().equals("/admin/login")
                    || route.path().startsWith(AdminGate.PUSH_PATH)) {
                continue;
            }
            int status = session.request().contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", "0".repeat(64)).post(route.path()).statusCode();
            // 404: the path names nothing of that id, found before the form is read. AuthorisationMatrixTest
            // forges the token against subjects that exist.
            assertThat(status).as("POST %s with a forged token", route.path()).isIn(403, 404);
        }
    }
}
