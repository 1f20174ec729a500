package cn.zfgs.portal.pdf;

import cn.zfgs.portal.support.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An enforcement item as a signed PDF: its code, name, legal bases and procedure steps, in extractable Chinese. */
@QuarkusTest
class ItemPdfTest {

    @Inject
    AgroalDataSource ds;
    @Inject
    PdfDocuments pdfs;

    @Test
    void anItemsPdfCarriesItsBasesAndSteps() throws Exception {
        long id = Db.number(ds, "SELECT item_id FROM pub_enforcement_item WHERE is_current AND random_inspection "
                + "ORDER BY item_id LIMIT 1");
        byte[] pdf = PdfTool.patient().get("/items/" + id + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfTool.text(pdf, "item");
        for (String column : new String[] {"code", "name", "handling_department", "inspection_subject"}) {
            assertThat(text).as(column).contains(PdfTool.squeeze(Db.one(ds,
                    "SELECT " + column + " FROM pub_enforcement_item WHERE is_current AND item_id = ?", id)));
        }
        assertThat(text).contains("执法依据").contains("随机抽查");
        PdfTool.assertArchivalAndTagged(pdf);
        PdfVerification verdict = pdfs.verify(pdf);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.document().kind()).isEqualTo("item");
        assertThat(verdict.document().id()).isEqualTo(id);
    }
}
