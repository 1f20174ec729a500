package cn.zfgs.portal.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 密钥更换 — a PDF signed before the portal's key was replaced still verifies when the old certificate is configured
 * as a previous one (and says so), and not otherwise; a changed byte still fails.
 */
class KeyRotationTest {

    @TempDir
    Path dir;

    @Test
    void aPdfSignedWithThePreviousKeyVerifiesAsSignedWithTheOldCertificate() throws Exception {
        PdfSigning old = PdfSigning.load(signing(dir.resolve("old.p12")));
        PdfSigning current = PdfSigning.load(signing(dir.resolve("current.p12")));
        byte[] signed = old.sign(unsigned(), "行政执法公示平台", "执法决定 7 第 2 版", Instant.now());

        assertThat(new PdfVerifier(current.certificate()).verify(signed).outcome())
                .isEqualTo(PdfVerification.Outcome.FOREIGN);

        Path pem = dir.resolve("old.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(old.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        PdfVerifier rotated = new PdfVerifier(current.certificate(), PdfSigning.certificates(List.of(pem.toString())));
        PdfVerification verdict = rotated.verify(signed);
        assertThat(verdict.outcome()).isEqualTo(PdfVerification.Outcome.VALID_PREVIOUS);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.verdict()).isEqualTo("签名有效（旧证书）");
        assertThat(verdict.document()).isEqualTo(new DocumentRef("decision", 7, 2, "/decisions/7"));

        byte[] changed = signed.clone();
        changed[signed.length / 3] ^= 0x01;
        assertThat(rotated.verify(changed).valid()).isFalse();
        assertThat(rotated.verify(current.sign(unsigned(), "行政执法公示平台", "执法决定 7 第 2 版", Instant.now()))
                .outcome()).isEqualTo(PdfVerification.Outcome.VALID);
    }

    @Test
    void anUnreadablePreviousCertificateIsNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThatThrownBy(() -> PdfSigning.certificates(List.of(empty.toString())))
                .hasMessageContaining("empty.pem").hasMessageContaining("pdf.signing.previous-certificates");
        assertThatThrownBy(() -> PdfSigning.certificates(List.of(dir.resolve("missing.pem").toString())))
                .hasMessageContaining("missing.pem");
    }

    private static byte[] unsigned() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setKeywords("zfgs:decision/7/v2/decisions/7");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PdfConfig.Signing signing(Path keystore) {
        return new PdfConfig.Signing() {
            public String keystore() {
                return keystore.toString();
            }

            public String password() {
                return "test-only";
            }

            public String alias() {
                return "portal";
            }

            public boolean generate() {
                return true;
            }

            public String subject() {
                return "CN=测试平台,C=CN";
            }

            public Optional<List<String>> previousCertificates() {
                return Optional.empty();
            }
        };
    }
}
