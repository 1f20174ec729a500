package cn.zfgs.portal.admin;

import cn.zfgs.admin.security.Access;
import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Publications;
import cn.zfgs.portal.support.Sql;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 权限矩阵 — every route of the staff area, as every role, on something of the caller's own agency and of another:
 * allowed (anything but 403, and never a server error) or refused with 403, exactly as the route's {@link Access}
 * rule says. Routes are read from the admin module's classes, so a new route is in the matrix the day it is added;
 * one without a rule, or naming in its path something this test cannot make, fails it.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)[^/]*}");
    /** Path parameters that choose a kind of page rather than name a subject with an agency. */
    private static final Map<String, String> CHOICES = Map.of("kind", ContentKind.ENFORCEMENT_ITEM.pathSegment(),
            "name", "decisions.csv");

    @Inject
    Fixtures fixtures;
    @Inject
    Publications publications;
    @Inject
    Workflow workflow;
    @Inject
    Sql sql;

    /** One resource method: verb, path template, and the rule declared on it (null when missing). */
    record Route(String verb, String template, Access rule) {

        @Override
        public String toString() {
            return verb + " " + template;
        }
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
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(verb, root.value() + (sub == null ? "" : sub.value()),
                            method.getAnnotation(Access.class)));
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteDeclaresItsRule() {
        assertThat(routes()).as("admin routes").hasSizeGreaterThan(20)
                .allSatisfy(route -> assertThat(route.rule()).as("@Access on %s", route).isNotNull());
    }

    /**
     * A form is refused to whoever may not submit it: the GET that shows a form and the POST that submits it (one
     * path) declare the same roles and scope, so nobody sees a form only to be refused when sending it.
     */
    @Test
    void everyFormIsRefusedLikeItsSubmission() {
        Map<String, Access> submissions = new HashMap<>();
        routes().stream().filter(r -> r.verb().equals("POST")).forEach(r -> submissions.put(r.template(), r.rule()));
        List<String> forms = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            Access submission = submissions.get(route.template());
            if (!route.verb().equals("GET") || submission == null || route.rule().signIn()) {
                continue;
            }
            forms.add(route.template());
            if (!Set.of(route.rule().roles()).equals(Set.of(submission.roles()))
                    || route.rule().scope() != submission.scope()) {
                wrong.add("%s: shown to %s in scope %s, submitted by %s in scope %s".formatted(route,
                        Arrays.toString(route.rule().roles()), route.rule().scope(),
                        Arrays.toString(submission.roles()), submission.scope()));
            }
        }
        assertThat(forms).as("forms found").contains("/admin/decisions/new", "/admin/content/{kind}/new",
                "/admin/decisions/edit/{id: \\d{1,18}}", "/admin/content/edit/{id: \\d{1,18}}",
                "/admin/items/{id: \\d{1,18}}/correct", "/admin/content/correct/{id: \\d{1,18}}");
        assertThat(wrong).as("forms whose rule differs from their submission's").isEmpty();
    }

    /** The new-item form of every content kind, as every role: the editor gets it, every other role 403. */
    @Test
    void theFormOfEveryContentKindIsForEditorsOnly() {
        Fixtures.Team team = fixtures.team();
        for (StaffRole role : StaffRole.values()) {
            Caller caller = new Caller(fixtures.account(team, "k" + role.ordinal(), Set.of(role), PASSWORD));
            for (ContentKind kind : ContentKind.values()) {
                if (kind == ContentKind.ANNUAL_REPORT) {
                    continue; // drafted by the system from the published decisions; there is no form to type one
                }
                String path = kind == ContentKind.DECISION ? "/admin/decisions/new"
                        : "/admin/content/" + kind.pathSegment() + "/new";
                assertThat(caller.call("GET", path, true)).as("%s as %s", path, role.label())
                        .isEqualTo(role == StaffRole.EDITOR ? 200 : 403);
            }
        }
    }

    @Test
    void everyRouteAnswersEveryRoleInItsOwnAgencyAndAnother() {
        Fixtures.Team own = fixtures.team();
        Fixtures.Team other = fixtures.team();
        Map<Access.Scope, Map<String, String>> ownSubjects = subjects(own, "71");
        Map<Access.Scope, Map<String, String>> otherSubjects = subjects(other, "72");
        Map<StaffRole, Caller> callers = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            callers.put(role, new Caller(fixtures.account(own, "m" + role.ordinal(), Set.of(role), PASSWORD)));
        }

        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            assertThat(route.rule()).as("@Access on %s", route).isNotNull();
            if (route.rule().signIn() || route.rule().apiKey()) {
                continue;
            }
            List<Boolean> agencies = route.rule().scope() == Access.Scope.NONE ? List.of(true) : List.of(true, false);
            for (boolean ownAgency : agencies) {
                String path = fill(route, (ownAgency ? ownSubjects : otherSubjects).get(route.rule().scope()));
                for (StaffRole role : StaffRole.values()) {
                    boolean allowed = (route.rule().roles().length == 0
                            || Arrays.asList(route.rule().roles()).contains(role)) && ownAgency;
                    int status = callers.get(role).call(route.verb(), path, true);
                    boolean refused = status == 403;
                    if (status >= 500 || refused == allowed) {
                        wrong.add("%s as %s (%s agency): %d, expected %s".formatted(route, role.label(),
                                ownAgency ? "own" : "other", status, allowed ? "allowed" : "403"));
                    }
                }
            }
        }
        for (Route route : routes()) {
            if (route.verb().equals("POST") && !route.rule().signIn() && !route.rule().apiKey()) {
                String path = fill(route, ownSubjects.get(route.rule().scope()));
                StaffRole role = route.rule().roles().length == 0 ? StaffRole.EDITOR : route.rule().roles()[0];
                int status = callers.get(role).call("POST", path, false);
                if (status != 403) {
                    wrong.add("%s as %s with a forged token: %d, expected 403".formatted(route, role.label(), status));
                }
            }
        }
        assertThat(wrong).as("routes answering against their rule").isEmpty();
    }

    /** The path with each parameter replaced by the subject of the route's scope; unknown parameters fail. */
    private static String fill(Route route, Map<String, String> values) {
        Matcher m = PARAMETER.matcher(route.template());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = CHOICES.containsKey(m.group(1)) ? CHOICES.get(m.group(1))
                    : values == null ? null : values.get(m.group(1));
            assertThat(value).as("%s: no subject for {%s} under scope %s — declare the route's scope, and teach "
                    + "this test to make such a subject", route, m.group(1), route.rule().scope()).isNotNull();
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }

    /** For each scope, the path parameters naming a subject of the team's agency. */
    private Map<Access.Scope, Map<String, String>> subjects(Fixtures.Team team, String serial) {
        Revision draft = workflow.create(team.editor(), team.agencyId(), personal("测市监罚〔2026〕" + serial + "1号"),
                Instant.now());
        String span = sql.text("SELECT CAST(MIN(id) AS VARCHAR) FROM redaction_span WHERE revision_id = ?",
                draft.id());
        long item = publications.publishDecision(team, "测市监罚〔2026〕" + serial + "2号");
        String staff = fixtures.colleague(team, "subject" + serial, Set.of(StaffRole.EDITOR)).id().toString();
        String ticket = sql.text("INSERT INTO error_report (subject_kind, subject_id, subject_version, agency_id, "
                + "description, received_at, status) VALUES ('DECISION', ?, 1, ?, '权限矩阵测试的纠错', now(), 'NEW') "
                + "RETURNING CAST(id AS VARCHAR)", item, team.agencyId());
        String importJob = sql.text("INSERT INTO import_job (kind, agency_id, staff_id, file_name, file_sha256, dry_run, "
                + "submit, state, phase, total_rows, processed_rows, created_count, updated_count, unchanged_count, "
                + "bad_rows, created_at) VALUES ('DECISION', ?, ?, '权限矩阵.csv', repeat('0', 64), true, false, "
                + "'DONE', 'WRITING', 0, 0, 0, 0, 0, 0, now()) RETURNING CAST(id AS VARCHAR)",
                team.agencyId(), team.editor().id());
        String apiKey = sql.text("INSERT INTO api_key (agency_id, name, key_hash, key_prefix, account_id, created_by, "
                + "created_at) VALUES (?, '权限矩阵', md5(random()::text) || md5(random()::text), 'zfgs_test', ?, ?, "
                + "now()) RETURNING CAST(id AS VARCHAR)", team.agencyId(), team.editor().id(), team.administrator().id());
        Map<Access.Scope, Map<String, String>> subjects = new EnumMap<>(Access.Scope.class);
        subjects.put(Access.Scope.NONE, Map.of());
        subjects.put(Access.Scope.REVISION, Map.of("id", draft.id().toString(), "span", span));
        subjects.put(Access.Scope.SPAN, Map.of("span", span));
        subjects.put(Access.Scope.ITEM, Map.of("id", Long.toString(item)));
        subjects.put(Access.Scope.STAFF, Map.of("id", staff));
        subjects.put(Access.Scope.AGENCY, Map.of("id", team.agencyId().toString()));
        subjects.put(Access.Scope.TICKET, Map.of("id", ticket));
        subjects.put(Access.Scope.IMPORT_JOB, Map.of("id", importJob));
        subjects.put(Access.Scope.API_KEY, Map.of("id", apiKey));
        assertThat(subjects.keySet()).as("a subject for every scope").containsAll(Set.of(Access.Scope.values()));
        return subjects;
    }

    private static DecisionContent personal(String number) {
        return new DecisionContent(number, DecisionType.PENALTY, "张三丰", PartyKind.NATURAL_PERSON, null, null,
                "经查，当事人张三丰（公民身份号码11010519491231002X）在其经营的摊位销售过期食品。",
                List.of("《药品管理法》第九十八条"), "对张三丰罚款800元。", new BigDecimal("800"), null,
                LocalDate.of(2026, 3, 2), false, false);
    }

    /** A signed-in member of staff; signs in again when a route (signing out) ended the session. */
    private static final class Caller {

        private final String username;
        private StaffSession session;
        private String token;

        Caller(String username) {
            this.username = username;
            signIn();
        }

        private void signIn() {
            session = StaffSession.signIn(username, PASSWORD);
            token = session.csrf();
        }

        /** Calls the route with the session's form token, or with a forged one. */
        int call(String verb, String path, boolean genuine) {
            String sent = genuine ? token : "0".repeat(64);
            RequestSpecification request = session.request().header("X-CSRF-Token", sent);
            Response response;
            if (verb.equals("GET")) {
                response = request.get(path);
            } else if (path.startsWith("/admin/api/")) {
                response = request.contentType("application/json").body("{}").post(path);
            } else {
                response = request.contentType("application/x-www-form-urlencoded").formParam("_csrf", sent)
                        .post(path);
            }
            String location = response.header("Location");
            if (response.statusCode() == 303 && location != null && location.contains("/admin/login")) {
                signIn();
            }
            return response.statusCode();
        }
    }
}
