package cn.zfgs.portal.pdf;

import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.RateLimits;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * PDF 核验 — anyone can upload a PDF downloaded from the portal and learn whether it is an unaltered document the
 * portal signed, and which page (item and version) it was made from. Size-limited and rate-limited (its own
 * allowance, {@code pdf.verifications-per-minute}); never cached.
 */
@Path("/pdf/verify")
@Produces(MediaType.TEXT_HTML)
public class PdfVerifyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(VerifyView result, int maxMegabytes);
    }

    /** 核验结果 — what the page shows after an upload. */
    public record VerifyView(boolean valid, String verdict, String message, String kindLabel, Long id, String version,
            String path, String signedAt) {

        static VerifyView problem(String message) {
            return new VerifyView(false, "未通过", message, null, null, null, null, null);
        }

        static VerifyView of(PdfVerification v) {
            if (!v.valid()) {
                return problem(v.outcome().message());
            }
            DocumentRef d = v.document();
            return new VerifyView(true, v.verdict(), v.outcome().message(), d.kindLabel(), d.id(), d.versionLabel(), d.path(),
                    v.signedAt() == null ? null : Formats.dateTime(v.signedAt()));
        }
    }

    @Inject
    PdfDocuments pdfs;
    @Inject
    PdfConfig config;
    @Inject
    RateLimits limits;

    @GET
    public Response form() {
        return answer(200, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response verify(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return answer(400, VerifyView.problem("请选择要核验的 PDF 文件（文件：不能为空）。"));
        }
        long max = (long) config.verifyMaxMegabytes() * 1024 * 1024;
        if (file.size() > max) {
            return answer(413, VerifyView.problem("文件过大：核验的 PDF 文件最大 " + config.verifyMaxMegabytes()
                    + " MB，本平台生成的文件远小于此。"));
        }
        limits.pdfVerification();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PdfVerification result = pdfs.verify(bytes);
        if (result.outcome() == PdfVerification.Outcome.NOT_PDF) {
            return answer(400, VerifyView.problem("文件类型不正确：" + result.outcome().message()
                    + "请上传从本平台下载的 PDF 文件。"));
        }
        return answer(200, VerifyView.of(result));
    }

    private Response answer(int status, VerifyView result) {
        return Response.status(status)
                .entity(Templates.verify(result, config.verifyMaxMegabytes()))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
