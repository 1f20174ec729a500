package cn.zfgs.portal.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the PDF tests: text as poppler's pdftotext extracts it, and the PDF/A and PDF/UA markers. */
final class PdfTool {

    static final Path DIR = Path.of("target/pdf");

    private PdfTool() {
    }

    /** A request that waits long enough for a first rendering on a loaded machine. */
    static io.restassured.specification.RequestSpecification patient() {
        return io.restassured.RestAssured.given().config(io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 180_000).setParam("http.connection.timeout", 180_000)));
    }

    /**
     * Saves {@code pdf} under target/pdf and returns the text pdftotext extracts, whitespace removed. In content
     * stream order ({@code -raw}): the default layout mode joins a line ending in a hyphen with the next one and drops
     * the hyphen, so a telephone number like 0791-88158000 wrapped after its area code would not extract as itself.
     */
    static String text(byte[] pdf, String name) throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + ".pdf");
        Files.write(file, pdf);
        Path txt = DIR.resolve(name + ".txt");
        Process p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), txt.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return squeeze(Files.readString(txt));
    }

    /** Renders the first page to target/pdf/NAME-1.png (for a look at the glyphs). */
    static Path png(String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                DIR.resolve(name + ".pdf").toString(), DIR.resolve(name).toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        try (var files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + "-")
                    && f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        }
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** PDF/A-3B identification and sRGB output intent, tags for PDF/UA, and every font embedded as a subset. */
    static void assertArchivalAndTagged(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsAnyOf("<pdfaid:part>3</pdfaid:part>", "pdfaid:part=\"3\"");
            assertThat(xmp).containsAnyOf("<pdfaid:conformance>B</pdfaid:conformance>", "pdfaid:conformance=\"B\"");
            assertThat(catalog.getOutputIntents()).isNotEmpty();
            assertThat(catalog.getOutputIntents().get(0).getDestOutputIntent()).isNotNull();
            assertThat(catalog.getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("zh-CN");
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(xmp).contains(doc.getDocumentInformation().getTitle());
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("subset").matches("[A-Z]{6}\\+.*");
                assertThat(font).isInstanceOf(PDType0Font.class);
            }
        }
    }
}
