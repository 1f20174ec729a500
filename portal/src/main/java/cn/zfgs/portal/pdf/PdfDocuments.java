package cn.zfgs.portal.pdf;

import cn.zfgs.portal.config.PortalConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * 公示文件 PDF — turns a public page's XHTML template into a signed PDF/A-3b, tagged (PDF/UA) document with the CJK
 * font embedded as a subset, and keeps rendered documents in a bounded cache.
 *
 * <p>The cache key is the document's reference plus a hash of its XHTML: a version's PDF is rendered once, and any
 * change to what the page shows (a correction that adds to the history, an emergency re-redaction that rewrites the
 * text in place) makes a new key, so a stale or leaked text is never served from the cache. Withdrawn items never get
 * here: their resources answer 410 before rendering.
 */
@ApplicationScoped
// Made at start-up: a missing font or keystore stops the application at once, not at the first download.
@Startup
public class PdfDocuments {

    /**
     * The font families the PDF templates use for all their text, Latin first, then CJK: nothing falls back to an
     * unembedded font, which PDF/A forbids.
     */
    public static final String LATIN_FAMILY = "zfgs-latin";
    public static final String CJK_FAMILY = "zfgs-cjk";
    public static final String MEDIA_TYPE = "application/pdf";

    @Inject
    PdfConfig config;
    @Inject
    PortalConfig portal;

    private byte[] font;
    private byte[] latinFont;
    private byte[] srgb;
    private PdfSigning signing;
    private PdfVerifier verifier;
    private Cache<String, byte[]> cache;

    @PostConstruct
    void init() {
        font = read(config.font(), "pdf.font；Debian 软件包 fonts-droid-fallback");
        latinFont = read(config.latinFont(), "pdf.latin-font；Debian 软件包 fonts-dejavu-core");
        srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        signing = PdfSigning.load(config.signing());
        verifier = new PdfVerifier(signing.certificate(),
                PdfSigning.certificates(config.signing().previousCertificates().orElse(List.of())));
        cache = Caffeine.newBuilder()
                .maximumWeight((long) config.cacheMegabytes() * 1024 * 1024)
                .<String, byte[]>weigher((key, pdf) -> pdf.length)
                .build();
    }

    /** The signed PDF of {@code page} (an XHTML template), from the cache when this exact content was rendered. */
    public byte[] pdf(DocumentRef ref, TemplateInstance page) {
        String xhtml = page.render();
        return cache.get(ref.keyword() + "#" + sha256(xhtml), key -> render(ref, xhtml));
    }

    /** The HTTP answer carrying {@link #pdf}. */
    public Response response(DocumentRef ref, TemplateInstance page) {
        return Response.ok(pdf(ref, page), MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + ref.fileName() + "\"")
                .build();
    }

    /** Checks an uploaded file against the portal's signing certificate. */
    public PdfVerification verify(byte[] file) {
        return verifier.verify(file);
    }

    /** Renders and signs, bypassing the cache (the benchmark measures this). */
    public byte[] render(DocumentRef ref, String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B)
                .usePdfUaAccessibility(true)
                .useColorProfile(srgb)
                .useFont(() -> new ByteArrayInputStream(latinFont), LATIN_FAMILY, 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(font), CJK_FAMILY, 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true)
                .withProducer(portal.name())
                // Templates are self-contained: no stylesheet, image or font is fetched from anywhere.
                .useExternalResourceAccessControl((uri, type) -> false,
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, "about:blank")
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signing.sign(out.toByteArray(), portal.name(),
                ref.kindLabel() + " " + ref.id() + " 第 " + ref.version() + " 版", Instant.now());
    }

    private static byte[] read(String path, String where) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("PDF 所用字体无法读取：" + path + "（" + where + "）", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
