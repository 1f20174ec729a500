package cn.zfgs.portal.officers;

import cn.zfgs.portal.support.Db;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Officer verification: every status, nothing personal beyond the roster, QR codes that open it, a rate limit. */
@QuarkusTest
class VerificationTest {

    @Inject
    AgroalDataSource ds;

    private String certificate(String status) {
        return Db.one(ds, "SELECT certificate_number FROM pub_officer WHERE is_current AND status = ? "
                + "AND valid_until >= CURRENT_DATE ORDER BY item_id LIMIT 1", status);
    }

    @Test
    void aValidCertificateShowsNameUnitCategoryRegionAndValidity() {
        String cert = certificate("VALID");
        String name = Db.one(ds, "SELECT name FROM pub_officer WHERE is_current AND certificate_number = ?", cert);
        given().header("X-Forwarded-For", "10.9.0.1").get("/verify?certificate=" + cert).then().statusCode(200)
                .body(containsString("核验结果：" + cert))
                .body(containsString("standing valid\">有效"))
                .body(containsString(name))
                .body(containsString("有效期"));
    }

    @Test
    void revokedSuspendedAndUnknownCertificatesSaySo() {
        given().header("X-Forwarded-For", "10.9.0.2").get("/verify?certificate=" + certificate("REVOKED")).then()
                .statusCode(200).body(containsString("已注销"));
        given().header("X-Forwarded-For", "10.9.0.2").get("/verify?certificate=" + certificate("SUSPENDED")).then()
                .statusCode(200).body(containsString("暂停执法"));
        given().header("X-Forwarded-For", "10.9.0.2").get("/verify?certificate=3699999999999").then()
                .statusCode(200).body(containsString("未查到")).body(not(containsString("<th scope=\"row\">姓名")));
    }

    @Test
    void blanksAndCaseAreForgivenButGarbageIsABadRequest() {
        String cert = certificate("VALID");
        given().header("X-Forwarded-For", "10.9.0.3")
                .queryParam("certificate", " " + cert.substring(0, 4) + " " + cert.substring(4)).get("/verify").then()
                .statusCode(200).body(containsString("standing valid"));
        given().header("X-Forwarded-For", "10.9.0.3").get("/verify?certificate=<script>").then().statusCode(400)
                .body(containsString("执法证号（certificate）格式不正确"));
        given().header("X-Forwarded-For", "10.9.0.3").get("/verify?certificate=" + "1".repeat(31)).then()
                .statusCode(400);
    }

    @Test
    void tooManyVerificationsFromOneClientGetAChineseMessageAndRetryAfter() {
        String cert = certificate("VALID");
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", "10.9.9.9").get("/verify?certificate=" + cert).then().statusCode(200);
        }
        given().header("X-Forwarded-For", "10.9.9.9").get("/verify?certificate=" + cert).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(containsString("核验过于频繁：每个网络地址每分钟最多核验 20 次"));
        given().header("X-Forwarded-For", "10.9.9.10").get("/verify?certificate=" + cert).then().statusCode(200);
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        String id = Db.one(ds, "SELECT item_id FROM pub_officer WHERE is_current ORDER BY item_id LIMIT 1");
        String cert = Db.one(ds, "SELECT certificate_number FROM pub_officer WHERE is_current AND item_id = ?",
                Long.parseLong(id));
        byte[] png = given().get("/officers/" + id + "/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo("http://localhost:8080/verify?certificate=" + cert);
        given().get("/officers/" + id + "/qr.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .body(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                .body(containsString(cert));
        given().get("/officers/" + id).then().statusCode(200)
                .body(containsString("/officers/" + id + "/qr.png"))
                .body(containsString("/verify?certificate=" + cert));
    }

    @Test
    void theRosterFindsByNameOrCertificateAndListsLegalReviewersApart() {
        String cert = certificate("VALID");
        String name = Db.one(ds, "SELECT name FROM pub_officer WHERE is_current AND certificate_number = ?", cert);
        given().get("/officers?q=" + cert).then().statusCode(200).body(containsString(name))
                .body(containsString("共 1 人"));
        given().get("/officers?q=" + name.substring(0, 1)).then().statusCode(200).body(containsString(name));
        String reviewer = Db.one(ds, "SELECT name FROM pub_officer WHERE is_current AND legal_reviewer LIMIT 1");
        long reviewers = Db.number(ds, "SELECT COUNT(*) FROM pub_officer WHERE is_current AND legal_reviewer");
        given().get("/officers/legal-reviewers").then().statusCode(200).body(containsString(reviewer))
                .body(containsString("共 " + reviewers + " 人"));
        given().get("/officers?q=" + "名".repeat(41)).then().statusCode(400).body(containsString("姓名或证号（q）过长"));
    }
}
