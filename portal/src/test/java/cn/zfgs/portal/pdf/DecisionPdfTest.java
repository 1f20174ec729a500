package cn.zfgs.portal.pdf;

import cn.zfgs.portal.support.Db;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Publications;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The decision page as a signed PDF/A document: the public text, extractable, and 410 once withdrawn. */
@QuarkusTest
class DecisionPdfTest {

    @Inject
    AgroalDataSource ds;
    @Inject
    PdfDocuments pdfs;
    @Inject
    Fixtures fixtures;
    @Inject
    Publications publications;

    @Test
    void aCorrectedDecisionsPdfCarriesThePagesTextInChinese() throws Exception {
        long id = Db.number(ds, "SELECT item_id FROM pub_decision WHERE is_current AND version > 1 "
                + "AND fine_amount IS NOT NULL ORDER BY item_id LIMIT 1");
        byte[] pdf = PdfTool.patient().get("/decisions/" + id + ".pdf").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("decision-" + id + "-v"))
                .extract().asByteArray();
        String text = PdfTool.text(pdf, "decision");
        for (String column : List.of("document_number", "agency_name", "party_name", "facts", "result",
                "change_note")) {
            String value = Db.one(ds, "SELECT " + column + " FROM pub_decision WHERE is_current AND item_id = ?", id);
            assertThat(text).as(column).contains(PdfTool.squeeze(value));
        }
        assertThat(text).contains("主要违法事实").contains("执法依据").contains("公示版本记录").contains("第1页，共");
        PdfTool.assertArchivalAndTagged(pdf);
        PdfTool.png("decision");

        PdfVerification verdict = pdfs.verify(pdf);
        assertThat(verdict.outcome()).isEqualTo(PdfVerification.Outcome.VALID);
        int version = Integer.parseInt(Db.one(ds, "SELECT version FROM pub_decision WHERE is_current AND item_id = ?",
                id));
        assertThat(verdict.document()).isEqualTo(new DocumentRef("decision", id, version, "/decisions/" + id));
    }

    @Test
    void anEarlierVersionHasItsOwnPdfAndTheSameVersionComesFromTheCache() throws Exception {
        long id = Db.number(ds, "SELECT item_id FROM pub_decision WHERE is_current AND version > 1 "
                + "ORDER BY item_id DESC LIMIT 1");
        byte[] first = PdfTool.patient().get("/decisions/" + id + ".pdf?version=1").then().statusCode(200)
                .extract().asByteArray();
        assertThat(PdfTool.text(first, "decision-v1")).contains("已被更正的历史版本");
        assertThat(pdfs.verify(first).document().version()).isEqualTo(1);
        byte[] again = PdfTool.patient().get("/decisions/" + id + ".pdf?version=1").then().statusCode(200)
                .extract().asByteArray();
        assertThat(again).isEqualTo(first);
        given().get("/decisions/" + id + ".pdf?version=99").then().statusCode(404)
                .body(containsString("第 99 版"));
        given().get("/decisions/abc.pdf").then().statusCode(400).body(containsString("决定编号格式不正确"));
    }

    @Test
    void aOneByteChangeAnywhereFailsVerification() throws Exception {
        long id = Db.number(ds, "SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id LIMIT 1");
        byte[] pdf = PdfTool.patient().get("/decisions/" + id + ".pdf").then().statusCode(200).extract().asByteArray();
        assertThat(pdfs.verify(pdf).valid()).isTrue();
        int[] range;
        try (var doc = Loader.loadPDF(pdf)) {
            range = doc.getSignatureDictionaries().get(0).getByteRange();
        }
        assertThat(range[2] + range[3]).as("the signature covers the whole file").isEqualTo(pdf.length);
        // In the rendered document, in the signature value, in the incremental update after it, and the last byte.
        for (int position : new int[] {100, pdf.length / 3, range[1] + 40, range[2] + 10, pdf.length - 1}) {
            byte[] changed = pdf.clone();
            changed[position] = (byte) (changed[position] ^ 0x01);
            assertThat(pdfs.verify(changed).valid()).as("byte " + position).isFalse();
        }
        byte[] longer = java.util.Arrays.copyOf(pdf, pdf.length + 1);
        longer[pdf.length] = '\n';
        assertThat(pdfs.verify(longer).outcome()).isEqualTo(PdfVerification.Outcome.EXTENDED);
    }

    @Test
    void aWithdrawnDecisionHasNoPdf() {
        Fixtures.Team team = fixtures.team();
        long id = publications.publishDecision(team, "测市监罚〔2026〕" + (System.nanoTime() % 100000) + "号");
        PdfTool.patient().get("/decisions/" + id + ".pdf").then().statusCode(200);
        publications.withdraw(team, id);
        PdfTool.patient().get("/decisions/" + id + ".pdf").then().statusCode(410).body(containsString("撤回"));
    }
}
