package cn.zfgs.portal.pdf;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.RightsNoticeContent;
import cn.zfgs.content.model.ServiceGuideContent;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Db;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Publications;
import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The PDFs of the other kinds — service guide, flowchart, rights notice, an agency's officer roster and its post
 * information board (岗位信息公示牌) — each carries its page's Chinese text, extractable; is PDF/A-3b, tagged, with
 * embedded subset fonts; is signed and names its kind, item and version; and is linked from its page.
 */
@QuarkusTest
class MoreKindsPdfTest {

    @Inject
    AgroalDataSource ds;
    @Inject
    PdfDocuments pdfs;
    @Inject
    Fixtures fixtures;
    @Inject
    Workflow workflow;
    @Inject
    Publications publications;

    @Test
    void aServiceGuidesPdfCarriesItsMaterialsChannelsAndFlowchart() throws Exception {
        long id = Db.number(ds, "SELECT g.item_id FROM pub_service_guide g JOIN pub_enforcement_item i "
                + "ON i.item_id = g.enforcement_item_id AND i.is_current JOIN pub_flowchart f ON f.is_current "
                + "AND f.agency_id = g.agency_id AND f.item_type = i.item_type WHERE g.is_current "
                + "ORDER BY g.item_id LIMIT 1");
        given().get("/guides/" + id).then().statusCode(200).body(containsString("href=\"/guides/" + id + ".pdf\""));
        byte[] pdf = fetch("/guides/" + id + ".pdf", "guide-" + id);
        String text = PdfTool.text(pdf, "guide");
        for (String column : List.of("title", "accepting_organ", "approving_organ", "conditions", "time_limit", "fees",
                "place_and_hours", "progress_enquiry", "consultation", "complaints")) {
            assertThat(text).as(column).contains(PdfTool.squeeze(Db.one(ds,
                    "SELECT " + column + " FROM pub_service_guide WHERE is_current AND item_id = ?", id)));
        }
        List<ServiceGuideContent.Material> materials = ContentJson.read(Db.one(ds,
                        "SELECT materials FROM pub_service_guide WHERE is_current AND item_id = ?", id),
                new TypeReference<List<ServiceGuideContent.Material>>() { });
        materials.forEach(m -> assertThat(text).contains(PdfTool.squeeze(m.name())));
        assertThat(text).contains("申请材料").contains("查询、咨询与投诉").contains("办理流程").contains("文字版流程");
        assertArchivalSignedAndNamed(pdf, "guide", id, "/guides/" + id, "pub_service_guide");
    }

    @Test
    void aFlowchartsPdfDrawsEveryStepAsABoxAndListsThemAsText() throws Exception {
        long id = Db.number(ds, "SELECT item_id FROM pub_flowchart WHERE is_current ORDER BY item_id LIMIT 1");
        given().get("/flowcharts/" + id).then().statusCode(200)
                .body(containsString("href=\"/flowcharts/" + id + ".pdf\""));
        byte[] pdf = fetch("/flowcharts/" + id + ".pdf", "flowchart-" + id);
        String text = PdfTool.text(pdf, "flowchart");
        assertThat(text).contains(PdfTool.squeeze(Db.one(ds,
                "SELECT title FROM pub_flowchart WHERE is_current AND item_id = ?", id)));
        List<FlowchartContent.Step> steps = ContentJson.read(Db.one(ds,
                        "SELECT steps FROM pub_flowchart WHERE is_current AND item_id = ?", id),
                new TypeReference<List<FlowchartContent.Step>>() { });
        assertThat(steps).isNotEmpty();
        String drawing = text.substring(0, text.indexOf("文字版流程"));
        String list = text.substring(text.indexOf("文字版流程"));
        for (int i = 0; i < steps.size(); i++) {
            FlowchartContent.Step s = steps.get(i);
            // The drawing: each step a numbered box, with who handles it and its time limit.
            assertThat(drawing).contains((i + 1) + "." + PdfTool.squeeze(s.label()));
            if (s.actor() != null && !s.actor().isBlank()) {
                assertThat(drawing).contains("办理：" + PdfTool.squeeze(s.actor()));
            }
            // The same step in the text version.
            assertThat(list).contains(PdfTool.squeeze(s.label()));
        }
        assertThat(drawing).as("arrows between the boxes").contains("▼");
        PdfTool.png("flowchart");
        assertArchivalSignedAndNamed(pdf, "flowchart", id, "/flowcharts/" + id, "pub_flowchart");
    }

    @Test
    void aRightsNoticesPdfCarriesEveryRightWithItsPeriodAndBasis() throws Exception {
        long id = Db.number(ds, "SELECT item_id FROM pub_rights_notice WHERE is_current ORDER BY item_id LIMIT 1");
        given().get("/rights-notices/" + id).then().statusCode(200)
                .body(containsString("href=\"/rights-notices/" + id + ".pdf\""));
        byte[] pdf = fetch("/rights-notices/" + id + ".pdf", "rights-notice-" + id);
        String text = PdfTool.text(pdf, "rights-notice");
        assertThat(text).contains(PdfTool.squeeze(Db.one(ds,
                "SELECT title FROM pub_rights_notice WHERE is_current AND item_id = ?", id)));
        List<RightsNoticeContent.Right> rights = ContentJson.read(Db.one(ds,
                        "SELECT rights FROM pub_rights_notice WHERE is_current AND item_id = ?", id),
                new TypeReference<List<RightsNoticeContent.Right>>() { });
        assertThat(rights).isNotEmpty();
        for (RightsNoticeContent.Right r : rights) {
            assertThat(text).contains(PdfTool.squeeze(r.name())).contains(PdfTool.squeeze(r.text()))
                    .contains(PdfTool.squeeze(r.timeLimit())).contains(PdfTool.squeeze(r.legalBasis()));
        }
        assertArchivalSignedAndNamed(pdf, "rights-notice", id, "/rights-notices/" + id, "pub_rights_notice");
    }

    @Test
    void anAgencysRosterPdfListsWhatThePublicRosterShowsAndNothingMore() throws Exception {
        long agencyId = Db.number(ds, "SELECT a.agency_id FROM pub_agency a WHERE a.is_current AND EXISTS ("
                + "SELECT 1 FROM pub_officer o WHERE o.is_current AND o.agency_id = a.agency_id) "
                + "ORDER BY a.item_id LIMIT 1");
        long page = Db.number(ds, "SELECT item_id FROM pub_agency WHERE is_current AND agency_id = ?", agencyId);
        given().get("/officers?agency=" + page).then().statusCode(200)
                .body(containsString("href=\"/officers.pdf?agency=" + page + "\""));
        byte[] pdf = fetch("/officers.pdf?agency=" + page, "roster-" + page);
        String text = PdfTool.text(pdf, "roster");
        assertThat(text).contains(PdfTool.squeeze(Db.one(ds,
                "SELECT name FROM pub_agency WHERE is_current AND item_id = ?", page)) + "执法人员名册");
        long count = Db.number(ds, "SELECT COUNT(*) FROM pub_officer WHERE is_current AND agency_id = ?", agencyId);
        assertThat(text).contains("共" + count + "人");
        for (String column : List.of("name", "certificate_number", "category", "region_name")) {
            String first = Db.one(ds, "SELECT " + column + " FROM pub_officer WHERE is_current AND agency_id = ? "
                    + "ORDER BY category, certificate_number LIMIT 1", agencyId);
            assertThat(text).as(column).contains(PdfTool.squeeze(first));
        }
        // Validity dates are on each officer's own page, not in the roster; staff data never is.
        String validUntil = Db.one(ds, "SELECT valid_until FROM pub_officer WHERE is_current AND agency_id = ? "
                + "ORDER BY category, certificate_number LIMIT 1", agencyId);
        assertThat(text).doesNotContain(validUntil);
        PdfTool.assertArchivalAndTagged(pdf);
        PdfVerification verdict = pdfs.verify(pdf);
        assertThat(verdict.valid()).isTrue();
        long last = Db.number(ds, "SELECT MAX(seq) FROM publication_log WHERE kind = 'OFFICER' AND item_id IN ("
                + "SELECT item_id FROM pub_officer WHERE agency_id = ? UNION SELECT item_id FROM pub_tombstone "
                + "WHERE kind = 'OFFICER' AND agency_id = ?)", agencyId, agencyId);
        assertThat(verdict.document()).isEqualTo(new DocumentRef("roster", page, (int) last,
                "/officers?agency=" + page));
        given().get("/officers.pdf").then().statusCode(400).body(containsString("执法主体（agency）"));
    }

    @Test
    void anAgencysPostBoardShowsItsOfficersGuidesAndChannelsAsAPageAndAPdf() throws Exception {
        long agencyId = Db.number(ds, "SELECT a.agency_id FROM pub_agency a WHERE a.is_current AND EXISTS ("
                + "SELECT 1 FROM pub_service_guide g WHERE g.is_current AND g.agency_id = a.agency_id) "
                + "AND EXISTS (SELECT 1 FROM pub_officer o WHERE o.is_current AND o.status = 'VALID' "
                + "AND o.valid_until >= CURRENT_DATE AND o.agency_id = a.agency_id) ORDER BY a.item_id LIMIT 1");
        long page = Db.number(ds, "SELECT item_id FROM pub_agency WHERE is_current AND agency_id = ?", agencyId);
        given().get("/agencies/" + page).then().statusCode(200)
                .body(containsString("href=\"/agencies/" + page + "/board\""));
        String html = given().get("/agencies/" + page + "/board").then().statusCode(200)
                .body(containsString("href=\"/agencies/" + page + "/board.pdf\"")).extract().asString();
        byte[] pdf = fetch("/agencies/" + page + "/board.pdf", "board-" + page);
        String text = PdfTool.text(pdf, "board");
        String officer = Db.one(ds, "SELECT name FROM pub_officer WHERE is_current AND status = 'VALID' "
                + "AND valid_until >= CURRENT_DATE AND agency_id = ? ORDER BY category, certificate_number LIMIT 1",
                agencyId);
        String guide = Db.one(ds, "SELECT title FROM pub_service_guide WHERE is_current AND agency_id = ? "
                + "ORDER BY title, item_id LIMIT 1", agencyId);
        String enquiry = Db.one(ds, "SELECT progress_enquiry FROM pub_service_guide WHERE is_current "
                + "AND agency_id = ? ORDER BY title, item_id LIMIT 1", agencyId);
        String complaints = Db.one(ds, "SELECT complaint_channel FROM pub_agency WHERE is_current AND item_id = ?",
                page);
        for (String value : List.of(officer, guide, enquiry, complaints, "12345政务服务便民热线")) {
            assertThat(text).contains(PdfTool.squeeze(value));
            assertThat(PdfTool.squeeze(html)).contains(PdfTool.squeeze(value));
        }
        assertThat(text).contains("岗位信息公示牌").contains("窗口工作人员及职责").contains("办理进度查询")
                .contains("咨询方式").contains("监督与投诉");
        // Officers who may not act today are not on the board.
        String revoked = Db.one(ds, "SELECT MIN(certificate_number) FROM pub_officer WHERE is_current "
                + "AND status <> 'VALID' AND agency_id = ?", agencyId);
        if (revoked != null) {
            assertThat(text).doesNotContain(revoked);
        }
        PdfTool.assertArchivalAndTagged(pdf);
        PdfVerification verdict = pdfs.verify(pdf);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.document().kind()).isEqualTo("board");
        assertThat(verdict.document().id()).isEqualTo(page);
        assertThat(verdict.document().path()).isEqualTo("/agencies/" + page + "/board");
        assertThat(verdict.document().kindLabel()).isEqualTo("岗位信息公示牌");
    }

    @Test
    void aWithdrawnGuideHasNoPdf() {
        Fixtures.Team team = fixtures.team();
        Revision draft = workflow.create(team.editor(), team.agencyId(), new ServiceGuideContent(null,
                "测试许可服务指南" + System.nanoTime() % 100000, "测试市场监督管理局", "测试市场监督管理局", "符合条件。",
                List.of(new ServiceGuideContent.Material("申请书", "原件", 1, "")), "二十个工作日", "不收费",
                "政务服务中心 3 号窗口，工作日 9:00—17:00", "0791-12345678", "0791-12345678", "12315"),
                Instant.now());
        workflow.submit(team.editor(), draft.id(), Instant.now());
        workflow.review(team.reviewer(), draft.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), draft.id(), null, Instant.now());
        long id = draft.itemId();
        PdfTool.patient().get("/guides/" + id + ".pdf").then().statusCode(200);
        publications.withdraw(team, id);
        PdfTool.patient().get("/guides/" + id + ".pdf").then().statusCode(410).body(containsString("撤回"));
        given().get("/guides/" + id).then().statusCode(410);
    }

    private static byte[] fetch(String path, String fileName) {
        return PdfTool.patient().get(path).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(fileName + "-v")).extract().asByteArray();
    }

    private void assertArchivalSignedAndNamed(byte[] pdf, String kind, long id, String path, String table)
            throws Exception {
        PdfTool.assertArchivalAndTagged(pdf);
        PdfVerification verdict = pdfs.verify(pdf);
        assertThat(verdict.outcome()).isEqualTo(PdfVerification.Outcome.VALID);
        int version = Integer.parseInt(Db.one(ds, "SELECT version FROM " + table + " WHERE is_current AND item_id = ?",
                id));
        assertThat(verdict.document()).isEqualTo(new DocumentRef(kind, id, version, path));
        byte[] changed = pdf.clone();
        changed[pdf.length / 2] ^= 0x01;
        assertThat(pdfs.verify(changed).valid()).isFalse();
    }
}
