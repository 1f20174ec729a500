package cn.zfgs.portal.admin;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The editing forms of every kind but decisions, over HTTP: a valid save, each kind's validation messages beside
 * their fields, nothing saved from a refused form, the law search without JavaScript, drafts edited, published
 * content corrected (with the comparison the approver reads), and refusals by role and by agency.
 */
@QuarkusTest
class ContentFormsTest {

    private static final String PASSWORD = "Correct-Horse-9";

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    Workflow workflow;

    private record Staff(Fixtures.Team team, StaffSession editor, String token) {
        Response post(String path, Map<String, String> form) {
            Map<String, String> all = new HashMap<>(form);
            all.put("_csrf", token);
            return editor.request().formParams(all).post(path);
        }
    }

    private Staff staff() {
        Fixtures.Team team = fixtures.team();
        StaffSession editor = StaffSession.signIn(fixtures.account(team, "ed", Set.of(StaffRole.EDITOR), PASSWORD),
                PASSWORD);
        return new Staff(team, editor, editor.csrf());
    }

    private long itemsOf(Fixtures.Team team) {
        return sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ?", team.agencyId());
    }

    private static long revisionId(Response saved) {
        assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);
        String location = saved.header("Location").replaceAll("\\?.*", "");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String payload(long revisionId) {
        return sql.text("SELECT payload FROM revision WHERE id = ?", revisionId);
    }

    private static Map<String, String> item() {
        Map<String, String> form = new HashMap<>();
        form.put("code", "3601-XK-0001");
        form.put("name", "药品经营许可证核发");
        form.put("itemType", "LICENSING");
        form.put("handlingDepartment", "药品流通监管处");
        form.put("legalBases", "《药品管理法》第五十一条");
        form.put("timeLimitDays", "20");
        form.put("timeLimitNote", "自受理之日起二十个工作日内作出决定");
        return form;
    }

    @Test
    void anEnforcementItemWithItsRandomInspectionIsSavedOnlyWhenEveryFieldIsRight() {
        Staff s = staff();
        s.editor().request().get("/admin/content/items/new").then().statusCode(200)
                .body(containsString("事项编码")).body(containsString("列入随机抽查事项清单"))
                .body(containsString("法律依据检索"));

        Map<String, String> bad = item();
        bad.put("code", "");
        bad.put("legalBases", "《药品管理法》第九千条\n药品管理法");
        bad.put("timeLimitDays", "十天");
        bad.put("itemType", "NOT_A_TYPE");
        bad.put("randomInspection", "on");
        bad.put("randomInspection.targets", "辖区内药品零售企业");
        s.post("/admin/content/items/new", bad).then().statusCode(422)
                .body(containsString("事项编码：必须填写"))
                .body(containsString("《药品管理法》没有第九千条"))
                .body(containsString("无法识别执法依据“药品管理法”"))
                .body(containsString("法定办理时限：应为 0 至 3650 之间的整数"))
                .body(containsString("事项类别：请从列表中选择"))
                .body(containsString("抽查主体：必须填写"))
                .body(containsString("抽查比例：必须填写"))
                .body(containsString("value=\"十天\""))
                .body(containsString("辖区内药品零售企业"))
                .body(containsString("未保存任何内容"));
        assertThat(itemsOf(s.team())).isZero();

        Map<String, String> good = item();
        good.put("randomInspection", "on");
        good.put("randomInspection.subject", "南昌市市场监督管理局");
        good.put("randomInspection.targets", "辖区内药品零售企业");
        good.put("randomInspection.content", "经营资质、进货查验记录");
        good.put("randomInspection.ratio", "不低于 5%");
        good.put("randomInspection.method", "双随机、一公开");
        good.put("randomInspection.frequency", "每年一次");
        long revision = revisionId(s.post("/admin/content/items/new", good));
        assertThat(payload(revision)).contains("\"subject\":\"南昌市市场监督管理局\"", "《药品管理法》第五十一条");
        s.editor().request().get("/admin/revisions/" + revision).then().statusCode(200)
                .body(containsString("药品经营许可证核发")).body(containsString("修改草稿"));
    }

    @Test
    void theLawSearchWorksWithoutJavaScriptAndKeepsWhatWasTyped() {
        Staff s = staff();
        Map<String, String> form = item();
        form.put("legalBases", "");
        form.put("name", "尚未保存的事项名称");
        form.put("_action", "lawSearch");
        form.put("lawQuery", "药品管理法 98");
        s.post("/admin/content/items/new", form).then().statusCode(200)
                .body(containsString("name=\"pickBasis\" value=\"《药品管理法》第九十八条\""))
                .body(containsString("禁止生产（包括配制，下同）、销售、使用假药、劣药"))
                .body(containsString("data-law-target=\"f-legalBases\""))
                .body(containsString("value=\"尚未保存的事项名称\""));
        form.put("_action", "addLaws");
        form.put("pickBasis", "《药品管理法》第九十八条");
        s.post("/admin/content/items/new", form).then().statusCode(200)
                .body(containsString(">《药品管理法》第九十八条</textarea>"));
        form.put("lawQuery", "药品管理");
        form.put("_action", "lawSearch");
        s.post("/admin/content/items/new", form).then().statusCode(200)
                .body(containsString("加上条号"));
        assertThat(itemsOf(s.team())).isZero();

        s.editor().request().get("/admin/laws?q=食品安全法 34").then().statusCode(200)
                .body(containsString("《食品安全法》第三十四条"));
        s.editor().request().get("/admin/api/laws?q=药品管理法第九十八条").then().statusCode(200)
                .body("hits[0].citation", org.hamcrest.Matchers.equalTo("《药品管理法》第九十八条"));
    }

    @Test
    void aDraftIsEditedAndARefusedEditChangesNothing() {
        Staff s = staff();
        long revision = revisionId(s.post("/admin/content/items/new", item()));
        String before = payload(revision);
        s.editor().request().get("/admin/content/edit/" + revision).then().statusCode(200)
                .body(containsString("value=\"药品经营许可证核发\""));

        Map<String, String> bad = item();
        bad.put("name", "");
        s.post("/admin/content/edit/" + revision, bad).then().statusCode(422)
                .body(containsString("事项名称：必须填写"));
        assertThat(payload(revision)).isEqualTo(before);

        Map<String, String> changed = item();
        changed.put("name", "药品零售企业许可");
        revisionId(s.post("/admin/content/edit/" + revision, changed));
        assertThat(payload(revision)).contains("药品零售企业许可");

        s.post("/admin/revisions/" + revision + "/submit", Map.of()).then().statusCode(303);
        s.editor().request().get("/admin/content/edit/" + revision).then().statusCode(303)
                .header("Location", containsString("failed="));
        s.post("/admin/content/edit/" + revision, changed).then().statusCode(409)
                .body(containsString("不能修改"));
    }

    @Test
    void staffWithoutTheEditorRoleOrOfAnotherAgencyAreRefused() {
        Staff s = staff();
        long revision = revisionId(s.post("/admin/content/items/new", item()));
        StaffSession reviewer = StaffSession.signIn(fixtures.account(s.team(), "rv", Set.of(StaffRole.REVIEWER),
                PASSWORD), PASSWORD);
        reviewer.request().get("/admin/content/officers/new").then().statusCode(403)
                .body(containsString("此功能需要承办人角色"));
        reviewer.request().formParam("_csrf", reviewer.csrf()).formParams(item())
                .post("/admin/content/items/new").then().statusCode(403);
        reviewer.request().get("/admin/content/edit/" + revision).then().statusCode(403);

        Fixtures.Team other = fixtures.team();
        StaffSession outsider = StaffSession.signIn(fixtures.account(other, "ou", Set.of(StaffRole.EDITOR),
                PASSWORD), PASSWORD);
        outsider.request().get("/admin/content/edit/" + revision).then().statusCode(403);
        outsider.request().formParam("_csrf", outsider.csrf()).formParams(item())
                .post("/admin/content/edit/" + revision).then().statusCode(403);
        outsider.request().get("/admin/content").then().statusCode(200)
                .body(not(containsString("药品经营许可证核发")));
        s.editor().request().get("/admin/content?kind=items").then().statusCode(200)
                .body(containsString("药品经营许可证核发"));
        s.editor().request().get("/admin/content/no-such-kind/new").then().statusCode(404);
        s.editor().request().get("/admin/content/decisions/new").then().statusCode(404);
    }

    @Test
    void anOfficerNeedsAWellFormedCertificateAndDates() {
        Staff s = staff();
        Map<String, String> form = new HashMap<>(Map.of("name", "张伟", "certificateNumber", "ab-1",
                "category", "药品监管", "regionCode", "3601", "regionName", "南昌市", "status", "VALID",
                "validFrom", "2025-01-01", "validUntil", "2024/12/31"));
        s.post("/admin/content/officers/new", form).then().statusCode(422)
                .body(containsString("执法证号：应为6至20位数字或大写字母"))
                .body(containsString("执法区域代码：应为6位行政区划代码"))
                .body(containsString("有效期止：格式应为 年-月-日"));
        form.put("validUntil", "2024-12-31");
        s.post("/admin/content/officers/new", form).then().statusCode(422)
                .body(containsString("有效期止：不能早于有效期起"));
        assertThat(itemsOf(s.team())).isZero();
        form.putAll(Map.of("certificateNumber", "36010012345", "regionCode", "360100", "validUntil", "2030-12-31",
                "legalReviewer", "on"));
        long revision = revisionId(s.post("/admin/content/officers/new", form));
        assertThat(payload(revision)).contains("\"legalReviewer\":true", "36010012345");
    }

    @Test
    void aServiceGuideChecksEachMaterialRowAndItsEnforcementItem() {
        Staff s = staff();
        Revision item = workflow.create(s.team().editor(), s.team().agencyId(), new EnforcementItemContent(
                "3601-XK-0002", "药品零售许可", DecisionType.LICENSING, "药品流通监管处",
                List.of("《药品管理法》第五十一条"), 20, "二十个工作日", null), Instant.now());
        Long itemId = Long.valueOf(sql.text("SELECT CAST(item_id AS VARCHAR) FROM revision WHERE id = ?", item.id()));
        s.editor().request().get("/admin/content/guides/new").then().statusCode(200)
                .body(containsString("<option value=\"" + itemId + "\"")).body(containsString("材料名称"));

        Map<String, String> form = new HashMap<>(Map.ofEntries(Map.entry("enforcementItemId", "999999999"),
                Map.entry("title", "药品零售许可服务指南"), Map.entry("acceptingOrgan", "南昌市市场监督管理局"),
                Map.entry("approvingOrgan", "南昌市市场监督管理局"), Map.entry("conditions", "有依法经过资格认定的药师。"),
                Map.entry("materials.0.name", "申请书"), Map.entry("materials.0.copies", "两"),
                Map.entry("materials.1.name", ""), Map.entry("timeLimit", "二十个工作日"), Map.entry("fees", "不收费"),
                Map.entry("placeAndHours", "政务服务中心 2 号窗口"), Map.entry("progressEnquiry", "赣服通"),
                Map.entry("consultation", "0791-12345678"), Map.entry("complaints", "12315")));
        s.post("/admin/content/guides/new", form).then().statusCode(422)
                .body(containsString("关联执法事项：请从列表中选择本机关的执法事项"))
                .body(containsString("第 1 项：形式必须填写"))
                .body(containsString("第 1 项：份数：应为 1 至 99 之间的整数"))
                .body(containsString("aria-describedby=\"f-materials.0.form-error\""));
        form.remove("materials.0.name");
        form.remove("materials.0.copies");
        s.post("/admin/content/guides/new", form).then().statusCode(422)
                .body(containsString("申请材料：至少列出一项"));
        long before = itemsOf(s.team());
        form.putAll(Map.of("enforcementItemId", String.valueOf(itemId), "materials.0.name", "申请书",
                "materials.0.form", "原件", "materials.0.copies", "1"));
        s.post("/admin/content/guides/new", Map.of("_action", "moreRows")).then().statusCode(200)
                .body(containsString("name=\"materials.4.name\""));
        long revision = revisionId(s.post("/admin/content/guides/new", form));
        assertThat(itemsOf(s.team())).isEqualTo(before + 1);
        assertThat(payload(revision)).contains("\"enforcementItemId\":" + itemId, "\"copies\":1");
    }

    @Test
    void aFlowchartsBranchesMustLeadToItsOwnSteps() {
        Staff s = staff();
        Map<String, String> form = new HashMap<>(Map.of("title", "行政处罚一般程序", "itemType", "PENALTY",
                "steps.0.id", "1", "steps.0.label", "立案", "steps.0.next", "2",
                "steps.1.id", "2", "steps.1.label", "调查取证", "steps.1.next", "3；9：不予处罚时",
                "steps.2.id", "3", "steps.2.label", ""));
        s.post("/admin/content/flowcharts/new", form).then().statusCode(422)
                .body(containsString("第 3 项：环节名称必须填写"))
                .body(containsString("“调查取证”指向不存在的环节“9”"));
        assertThat(itemsOf(s.team())).isZero();
        form.put("steps.1.next", "3；1：需补充调查时");
        form.put("steps.2.label", "作出决定");
        long revision = revisionId(s.post("/admin/content/flowcharts/new", form));
        assertThat(payload(revision)).contains("\"condition\":\"需补充调查时\"");
        s.editor().request().get("/admin/content/edit/" + revision).then().statusCode(200)
                .body(containsString("value=\"3；1：需补充调查时\""));
    }

    @Test
    void aRightsNoticeAndADiscretionBenchmarkCheckTheirRowsAndLegalBases() {
        Staff s = staff();
        Map<String, String> notice = new HashMap<>(Map.of("title", "行政处罚权利告知", "itemType", "PENALTY",
                "rights.0.name", "申请听证", "rights.0.text", "可以要求举行听证。",
                "rights.0.legalBasis", "《行政处罚法》第九百条"));
        s.post("/admin/content/rights-notices/new", notice).then().statusCode(422)
                .body(containsString("没有第九百条"));
        notice.put("rights.0.legalBasis", "《行政处罚法》第六十三条");
        revisionId(s.post("/admin/content/rights-notices/new", notice));

        Map<String, String> benchmark = new HashMap<>(Map.of("title", "销售劣药的裁量基准",
                "violation", "销售劣药", "legalBases", "《药品管理法》第一百一十七条"));
        s.post("/admin/content/discretion-benchmarks/new", benchmark).then().statusCode(422)
                .body(containsString("裁量阶次：至少一个阶次"));
        benchmark.putAll(Map.of("levels.0.grade", "一般", "levels.0.circumstances", "货值金额较小",
                "levels.0.penalty", ""));
        s.post("/admin/content/discretion-benchmarks/new", benchmark).then().statusCode(422)
                .body(containsString("第 1 项：处罚标准必须填写"));
        benchmark.put("levels.0.penalty", "没收违法销售的药品和违法所得，并处罚款");
        long revision = revisionId(s.post("/admin/content/discretion-benchmarks/new", benchmark));
        assertThat(payload(revision)).contains("货值金额较小");
        assertThat(itemsOf(s.team())).isEqualTo(2);
    }

    @Test
    void anAgencyHasOneProfileAndInspectionResultsAreEditedToo() {
        Staff s = staff();
        Map<String, String> profile = new HashMap<>(Map.of("name", "测试市场监督管理局",
                "legalAuthority", "《药品管理法》第八条", "duties", "负责本行政区域内的药品监督管理工作。",
                "address", "南昌市红谷滩区", "phone", "0791-12345678", "officeHours", "工作日 9:00—17:00",
                "supervisionChannel", "12345 政务服务便民热线", "complaintChannel", ""));
        s.post("/admin/content/agencies/new", profile).then().statusCode(422)
                .body(containsString("投诉渠道：必须填写"));
        profile.put("complaintChannel", "12315");
        revisionId(s.post("/admin/content/agencies/new", profile));
        s.post("/admin/content/agencies/new", profile).then().statusCode(409)
                .body(containsString("本机关已有执法主体信息"));

        Map<String, String> result = new HashMap<>(Map.of("taskName", "2026 年药品零售企业双随机抽查",
                "inspectedName", "南昌测试大药房有限公司", "inspectedOn", "2099-01-01", "outcome", "COMPLIANT",
                "findings", "未发现问题。", "followUp", ""));
        s.post("/admin/content/inspection-results/new", result).then().statusCode(422)
                .body(containsString("检查日期：应在 1990年1月1日 至今天之间"));
        result.put("inspectedOn", "2026-03-02");
        revisionId(s.post("/admin/content/inspection-results/new", result));
    }

    @Test
    void aPublishedItemIsCorrectedWithAChangeNoteAndTheApproverSeesTheDifference() {
        Staff s = staff();
        Fixtures.Team team = s.team();
        Revision first = workflow.create(team.editor(), team.agencyId(), new EnforcementItemContent("3601-XK-0003",
                "药品批发许可", DecisionType.LICENSING, "药品流通监管处", List.of("《药品管理法》第五十一条"), 20,
                "二十个工作日", null), Instant.now());
        workflow.submit(team.editor(), first.id(), Instant.now());
        workflow.review(team.reviewer(), first.id(), cn.zfgs.content.editorial.Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), first.id(), null, Instant.now());
        String itemId = sql.text("SELECT CAST(item_id AS VARCHAR) FROM revision WHERE id = ?", first.id());

        s.editor().request().get("/admin/content/correct/" + itemId).then().statusCode(200)
                .body(containsString("更正说明")).body(containsString("value=\"药品批发许可\""));
        Map<String, String> form = item();
        form.put("code", "3601-XK-0003");
        form.put("name", "药品批发企业许可");
        form.put("timeLimitDays", "15");
        s.post("/admin/content/correct/" + itemId, form).then().statusCode(422)
                .body(containsString("更正说明：必须填写"));
        assertThat(sql.count("SELECT COUNT(*) FROM revision WHERE item_id = ?", Long.parseLong(itemId))).isEqualTo(1);
        form.put("changeNote", "办理时限按新规定缩短为十五个工作日");
        long correction = revisionId(s.post("/admin/content/correct/" + itemId, form));

        s.editor().request().get("/admin/revisions/" + correction).then().statusCode(200)
                .body(containsString("与已公开版本（第 1 版）的比较"))
                .body(containsString("药品批发<ins>企业</ins>许可"))
                .body(containsString("<del>20</del>"))
                .body(containsString("<ins>15</ins>"))
                .body(containsString("未改动的栏目"));
        s.editor().request().get("/admin/content/edit/" + correction).then().statusCode(200)
                .body(containsString("办理时限按新规定缩短为十五个工作日"));
    }
}
