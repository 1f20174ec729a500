package cn.zfgs.portal.pdf;

import cn.zfgs.portal.support.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The public verification page: an unaltered PDF of the portal is named; anything else gets a Chinese reason. */
@QuarkusTest
class PdfVerifyPageTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void aDownloadedDecisionIsRecognisedAndAChangedOneIsNot() {
        long id = Db.number(ds, "SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id DESC LIMIT 1");
        String version = Db.one(ds, "SELECT version FROM pub_decision WHERE is_current AND item_id = ?", id);
        byte[] pdf = PdfTool.patient().get("/decisions/" + id + ".pdf").then().statusCode(200)
                .extract().asByteArray();
        given().header("X-Forwarded-For", "198.51.100.91").multiPart("file", "decision.pdf", pdf, "application/pdf")
                .post("/pdf/verify").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("核验结果：签名有效"))
                .body(containsString("<td>执法决定</td>"))
                .body(containsString("<td>" + id + "</td>"))
                .body(containsString("第 " + version + " 版"))
                .body(containsString("href=\"/decisions/" + id + "\""));

        byte[] changed = pdf.clone();
        changed[pdf.length / 2] ^= 0x01;
        given().header("X-Forwarded-For", "198.51.100.91").multiPart("file", "decision.pdf", changed, "application/pdf")
                .post("/pdf/verify").then().statusCode(200)
                .body(containsString("核验结果：未通过"))
                .body(not(containsString("<td>" + id + "</td>")));
    }

    @Test
    void wrongOrMissingFilesAreExplainedInChinese() {
        given().get("/pdf/verify").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("最大 8 MB"));
        given().header("X-Forwarded-For", "198.51.100.92")
                .multiPart("file", "note.txt", "这不是 PDF".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/pdf/verify").then().statusCode(400)
                .body(containsString("文件类型不正确"));
        given().header("X-Forwarded-For", "198.51.100.92")
                .multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                .post("/pdf/verify").then().statusCode(400)
                .body(containsString("请选择要核验的 PDF 文件"));
        given().header("X-Forwarded-For", "198.51.100.92")
                .multiPart("file", "big.pdf", new byte[9 * 1024 * 1024], "application/pdf")
                .post("/pdf/verify").then().statusCode(413)
                .body(containsString("文件过大"));
        given().header("X-Forwarded-For", "198.51.100.92")
                .multiPart("file", "unsigned.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(
                        StandardCharsets.ISO_8859_1), "application/pdf")
                .post("/pdf/verify").then().statusCode(200)
                .body(containsString("核验结果：未通过"));
    }
}
