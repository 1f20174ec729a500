package cn.zfgs.portal.admin;

import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The staff area over real HTTP: sign-in and lockout, sessions, forgery protection, and a decision's whole way. */
@QuarkusTest
class StaffAreaTest {

    private static final String PASSWORD = "Correct-Horse-9";

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    @Test
    void withoutASessionEveryStaffPageSendsToTheSignInPage() {
        given().redirects().follow(false).get("/admin/revisions/1").then().statusCode(303)
                .header("Location", containsString("/admin/login?next=%2Fadmin%2Frevisions%2F1"));
        given().get("/admin/login").then().statusCode(200).body(containsString("工作人员登录"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneWaits() {
        String username = fixtures.account(fixtures.team(), "lock", Set.of(StaffRole.EDITOR), PASSWORD);
        for (int i = 0; i < 4; i++) {
            given().formParam("username", username).formParam("password", "wrong").post("/admin/login")
                    .then().statusCode(401).body(containsString("用户名或密码错误（连续 5 次错误将锁定账号 15 分钟）"));
        }
        given().formParam("username", username).formParam("password", "wrong").post("/admin/login")
                .then().statusCode(401).body(containsString("账号已锁定至"));
        given().formParam("username", username).formParam("password", PASSWORD).post("/admin/login")
                .then().statusCode(401).body(containsString("连续多次密码错误，账号已锁定"));
        given().formParam("username", "no-such-user").formParam("password", PASSWORD).post("/admin/login")
                .then().statusCode(401).body(containsString("用户名或密码错误"));
    }

    @Test
    void signingOutEndsTheSessionAndNeedsTheFormToken() {
        String username = fixtures.account(fixtures.team(), "out", Set.of(StaffRole.EDITOR), PASSWORD);
        StaffSession session = StaffSession.signIn(username, PASSWORD);
        session.request().get("/admin").then().statusCode(200).body(containsString("待办事项"));

        session.request().post("/admin/logout").then().statusCode(403);
        session.request().formParam("_csrf", session.csrf()).header("Origin", "https://evil.example")
                .post("/admin/logout").then().statusCode(403);
        session.request().formParam("_csrf", session.csrf()).post("/admin/logout").then().statusCode(303);
        session.request().get("/admin").then().statusCode(303);
    }

    @Test
    void aSignInNeverRedirectsOffTheStaffArea() {
        String username = fixtures.account(fixtures.team(), "next", Set.of(StaffRole.EDITOR), PASSWORD);
        given().redirects().follow(false).formParam("username", username).formParam("password", PASSWORD)
                .formParam("next", "//evil.example/admin").post("/admin/login")
                .then().statusCode(303).header("Location", containsString("/admin"))
                .header("Location", not(containsString("evil")));
    }

    @Test
    void aDecisionGoesFromTheFormToThePublicPageThroughEveryStage() {
        Fixtures.Team team = fixtures.team();
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR), PASSWORD),
                PASSWORD);
        StaffSession reviewer = StaffSession.signIn(fixtures.account(team, "rv", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        StaffSession approver = StaffSession.signIn(fixtures.account(team, "ap", Set.of(StaffRole.APPROVER),
                PASSWORD), PASSWORD);

        String token = editor.csrf();
        editor.request().formParam("_csrf", token).formParam("documentNumber", "不是文号")
                .formParam("decisionType", "PENALTY").formParam("partyName", "").formParam("partyKind", "LEGAL_PERSON")
                .formParam("fineAmount", "五千").formParam("decisionDate", "2026-02-30")
                .post("/admin/decisions/new")
                .then().statusCode(422)
                .body(containsString("罚款金额：应为数字金额"))
                .body(containsString("决定日期：格式应为"))
                .body(containsString("value=\"不是文号\""));
        editor.request().formParam("_csrf", token).formParam("documentNumber", "不是文号")
                .formParam("decisionType", "PENALTY").formParam("partyName", "").formParam("partyKind", "LEGAL_PERSON")
                .formParam("fineAmount", "5000").formParam("decisionDate", "2026-03-02")
                .post("/admin/decisions/new")
                .then().statusCode(422)
                .body(containsString("决定文书号：格式应为"))
                .body(containsString("执法依据：至少列出一条法律条文"))
                .body(containsString("aria-invalid=\"true\""));
        assertThat(sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ?", team.agencyId())).isZero();

        Response created = editor.request().formParam("_csrf", token)
                .formParam("documentNumber", "测市监罚〔2026〕88号").formParam("decisionType", "PENALTY")
                .formParam("partyName", "江西测试医药有限公司").formParam("partyKind", "LEGAL_PERSON")
                .formParam("partyCreditCode", Fixtures.penalty("x", java.math.BigDecimal.ONE).partyCreditCode())
                .formParam("facts", "经查，当事人在经营场所销售超过有效期的药品。")
                .formParam("legalBases", "《药品管理法》第九十八条").formParam("result", "罚款5000元。")
                .formParam("fineAmount", "5000").formParam("decisionDate", "2026-03-02")
                .post("/admin/decisions/new");
        assertThat(created.statusCode()).isEqualTo(303);
        String revisionPath = created.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");

        editor.request().formParam("_csrf", token).post(revisionPath + "/submit").then().statusCode(303);
        reviewer.request().get("/admin").then().body(containsString("测市监罚〔2026〕88号"));
        reviewer.request().formParam("_csrf", token).formParam("verdict", "AGREE").post(revisionPath + "/review")
                .then().statusCode(403);
        reviewer.request().formParam("_csrf", reviewer.csrf()).formParam("verdict", "AGREE")
                .post(revisionPath + "/review").then().statusCode(303);
        approver.request().formParam("_csrf", approver.csrf()).formParam("verdict", "AGREE")
                .post(revisionPath + "/review").then().statusCode(403)
                .body(containsString("此功能需要审核人角色"));
        approver.request().formParam("_csrf", approver.csrf()).post(revisionPath + "/approve").then().statusCode(303);

        String itemId = sql.text("SELECT CAST(item_id AS VARCHAR) FROM revision WHERE id = ?",
                Long.parseLong(revisionPath.substring(revisionPath.lastIndexOf('/') + 1)));
        given().get("/decisions/" + itemId).then().statusCode(200).body(containsString("测市监罚〔2026〕88号"));

        Fixtures.Team other = fixtures.team();
        StaffSession outsider = StaffSession.signIn(fixtures.account(other, "ou", Set.of(StaffRole.APPROVER),
                PASSWORD), PASSWORD);
        outsider.request().get(revisionPath).then().statusCode(403);
    }

    @Test
    void personalDataFoundByTheDetectorsIsConfirmedOnTheRevisionScreenBeforeApproval() {
        Fixtures.Team team = fixtures.team();
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed2", Set.of(StaffRole.EDITOR), PASSWORD),
                PASSWORD);
        StaffSession reviewer = StaffSession.signIn(fixtures.account(team, "rv2", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        StaffSession approver = StaffSession.signIn(fixtures.account(team, "ap2", Set.of(StaffRole.APPROVER),
                PASSWORD), PASSWORD);
        Response created = editor.request().formParam("_csrf", editor.csrf())
                .formParam("documentNumber", "测市监罚〔2026〕89号").formParam("decisionType", "PENALTY")
                .formParam("partyName", "张三丰").formParam("partyKind", "NATURAL_PERSON")
                .formParam("facts", "经查，当事人张三丰（公民身份号码11010519491231002X）在其经营的摊位销售过期食品。")
                .formParam("legalBases", "《药品管理法》第九十八条").formParam("result", "对张三丰罚款800元。")
                .formParam("fineAmount", "800").formParam("decisionDate", "2026-03-02")
                .post("/admin/decisions/new");
        assertThat(created.statusCode()).isEqualTo(303);
        String revisionPath = created.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        editor.request().formParam("_csrf", editor.csrf()).post(revisionPath + "/submit").then().statusCode(303);
        reviewer.request().formParam("_csrf", reviewer.csrf()).formParam("verdict", "AGREE")
                .post(revisionPath + "/review").then().statusCode(303);

        String page = approver.request().get(revisionPath).then().statusCode(200)
                .body(containsString("隐私屏蔽")).body(containsString("11010519491231002X"))
                .extract().body().asString();
        approver.request().formParam("_csrf", approver.csrf()).post(revisionPath + "/approve").then()
                .statusCode(409).body(containsString("屏蔽建议待确认"));

        Matcher accept = Pattern.compile("action=\"(" + Pattern.quote(revisionPath)
                + "/redactions/\\d+/accept)\"").matcher(page);
        int accepted = 0;
        while (accept.find()) {
            approver.request().formParam("_csrf", approver.csrf()).post(accept.group(1)).then().statusCode(303);
            accepted++;
        }
        assertThat(accepted).isGreaterThanOrEqualTo(2);
        approver.request().formParam("_csrf", approver.csrf()).post(revisionPath + "/approve").then().statusCode(303);

        String itemId = sql.text("SELECT CAST(item_id AS VARCHAR) FROM revision WHERE id = ?",
                Long.parseLong(revisionPath.substring(revisionPath.lastIndexOf('/') + 1)));
        given().get("/decisions/" + itemId).then().statusCode(200)
                .body(containsString("张某某"))
                .body(not(containsString("张三丰")))
                .body(not(containsString("11010519491231002X")));
    }

    @Test
    void theRecordPageVerifiesTheChain() {
        String username = fixtures.account(fixtures.team(), "rec", Set.of(StaffRole.APPROVER), PASSWORD);
        StaffSession session = StaffSession.signIn(username, PASSWORD);
        session.request().get("/admin/record").then().statusCode(200).body(containsString("登录"));
        session.request().formParam("_csrf", session.csrf()).post("/admin/record/verify").then().statusCode(200)
                .body(containsString("记录链完整"));
    }

}
