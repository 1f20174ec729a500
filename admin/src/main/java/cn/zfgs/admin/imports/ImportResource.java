package cn.zfgs.admin.imports;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.AdminConfig;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.importing.ImportColumn;
import cn.zfgs.content.importing.ImportJob;
import cn.zfgs.content.importing.ImportJobError;
import cn.zfgs.content.importing.ImportKind;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 批量导入 — the upload form with the documented templates, and each job's page: progress while it runs (the page
 * reloads itself, no JavaScript), then the counts and the row-by-row report of refused cells.
 */
@jakarta.ws.rs.Path("/admin/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Workflow.CHINA);

    /** One kind with its template's columns, for the form and the column documentation. */
    public record KindView(String slug, String label, List<ImportColumn> columns) {
    }

    /** An agency the staff member may import into. */
    public record AgencyOption(String id, String name) {
    }

    /** The form as sent (or as first shown), and its errors by field. */
    public record UploadForm(String kind, String agency, String mode, String target, Map<String, String> errors) {
    }

    /** A job as its page and the list show it. */
    public record JobView(Long id, String kind, String agency, String fileName, String fileSha256, boolean dryRun,
            boolean submit, String state, String phase, boolean running, boolean failed, int total, int processed,
            int percent, int good, int created, int updated, int unchanged, int badRows, String message, String createdAt,
            String finishedAt) {
    }

    /** Refused cells listed on the job's page; the downloadable report has them all. */
    static final int LISTED_ON_PAGE = 2000;
    /** Cells read from the database at a time while the report is written out. */
    private static final int REPORT_PAGE = 5000;

    /** One refused cell of the report. */
    public record ErrorView(int row, String column, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<KindView> kinds, List<AgencyOption> agencies, UploadForm form,
                boolean mayImport, long maxMegabytes, int maxRows, List<JobView> jobs, String csrf,
                String staffName);

        static native TemplateInstance job(JobView job, List<ErrorView> errors, boolean moreErrors, String listed,
                String csrf, String staffName);
    }

    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;
    @Inject
    EntityManager em;
    @Inject
    ImportJobs jobs;
    @Inject
    AdminConfig config;

    @Access(roles = StaffRole.EDITOR)
    @GET
    @Transactional
    public TemplateInstance index(@QueryParam(OversizedUploads.TOO_LARGE) String tooLarge) {
        jobs.sweepInterrupted();
        Actor actor = signedIn.actor();
        // Sent back by OversizedUploads: a file over the HTTP body limit, refused before it could reach upload().
        Map<String, String> errors = tooLarge == null || !tooLarge.matches("\\d{1,6}") ? Map.of()
                : Map.of("file", OversizedUploads.message(Long.parseLong(tooLarge),
                        megabytes(config.importMaxFileSize().asLongValue())));
        return page(new UploadForm("decisions", String.valueOf(actor.agencyId()), "check", "draft", errors));
    }

    @Access(roles = StaffRole.EDITOR)
    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response upload(@RestForm("_csrf") String token, @RestForm String kind, @RestForm String agency,
            @RestForm String mode, @RestForm String target, @RestForm("file") FileUpload file) throws IOException {
        csrf.require(token);
        Actor actor = signedIn.actor();
        UploadForm sent = new UploadForm(nullToEmpty(kind), nullToEmpty(agency), nullToEmpty(mode),
                nullToEmpty(target), Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!actor.has(StaffRole.EDITOR)) {
            errors.put("file", "批量导入需要" + StaffRole.EDITOR.label() + "角色");
        }
        ImportKind importKind = ImportKind.bySlug(sent.kind()).orElse(null);
        if (importKind == null) {
            errors.put("kind", "导入内容：请从列表中选择");
        }
        Long agencyId = agencies(actor).stream().filter(a -> a.id().equals(sent.agency()))
                .map(a -> Long.valueOf(a.id())).findFirst().orElse(null);
        if (agencyId == null) {
            errors.put("agency", "导入到机关：只能选择本机关或授权的下级机关（谁执法谁公示）");
        }
        if (!sent.mode().equals("check") && !sent.mode().equals("import")) {
            errors.put("mode", "方式：请选择“仅校验”或“校验并导入”");
        }
        if (!sent.target().equals("draft") && !sent.target().equals("submitted")) {
            errors.put("target", "导入后的状态：请选择“草稿”或“提交审核”");
        }
        long max = config.importMaxFileSize().asLongValue();
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            errors.putIfAbsent("file", "文件：请选择要上传的 CSV 或 XLSX 文件");
        } else if (file.size() > max) {
            errors.put("file", "文件：不能超过 " + megabytes(max) + " MB（所选文件约 " + (file.size() + 1024 * 1024 - 1)
                    / (1024 * 1024) + " MB）；请分成几个文件上传");
            return refused(413, sent, errors);
        }
        if (!errors.isEmpty()) {
            return refused(422, sent, errors);
        }
        Path copy = Files.createTempFile("zfgs-import-", ".upload");
        Files.copy(file.uploadedFile(), copy, StandardCopyOption.REPLACE_EXISTING);
        SheetFiles.Format format;
        try {
            format = SheetFiles.detect(copy, file.fileName());
        } catch (SheetFiles.Unreadable unreadable) {
            Files.deleteIfExists(copy);
            errors.put("file", "文件：" + unreadable.getMessage());
            return refused(422, sent, errors);
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "（未命名）" : file.fileName();
        Long id = jobs.start(actor, importKind, agencyId, copy, name.length() > 200 ? name.substring(0, 200) : name,
                format, sent.mode().equals("check"), sent.target().equals("submitted"));
        return Response.seeOther(URI.create("/admin/imports/" + id)).build();
    }

    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.IMPORT_JOB)
    @GET
    @jakarta.ws.rs.Path("/{id: \\d{1,18}}")
    @Transactional
    public TemplateInstance job(@PathParam("id") Long id) {
        jobs.sweepInterrupted();
        ImportJob job = em.find(ImportJob.class, id);
        Actor actor = signedIn.actor();
        if (job == null || !(job.staffId().equals(actor.id()) || actor.actsFor(job.agencyId()))) {
            throw new NotFoundException();
        }
        List<ErrorView> errors = em.createQuery("FROM ImportJobError WHERE jobId = :j ORDER BY rowNumber, id",
                        ImportJobError.class)
                .setParameter("j", id).setMaxResults(LISTED_ON_PAGE + 1).getResultList().stream()
                .map(e -> new ErrorView(e.rowNumber(), e.columnName(), e.message())).toList();
        boolean more = errors.size() > LISTED_ON_PAGE;
        return Templates.job(view(job), more ? errors.subList(0, LISTED_ON_PAGE) : errors, more,
                String.format("%,d", LISTED_ON_PAGE),
                signedIn.csrfToken(), signedIn.displayName());
    }

    /**
     * The whole row-by-row report as CSV (UTF-8 with a byte-order mark, for Excel), however long: read from the
     * database a page at a time while it is written.
     */
    @Access(roles = StaffRole.EDITOR, scope = Access.Scope.IMPORT_JOB)
    @GET
    @jakarta.ws.rs.Path("/{id: \\d{1,18}}/report.csv")
    @Produces("text/csv")
    public Response report(@PathParam("id") Long id) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("行", "列", "说明").build());
            int afterRow = Integer.MIN_VALUE;
            long afterId = Long.MIN_VALUE;
            List<ImportJobError> page;
            do {
                page = jobs.errorsAfter(id, afterRow, afterId, REPORT_PAGE);
                for (ImportJobError e : page) {
                    csv.printRecord(e.rowNumber(), e.columnName(), e.message());
                }
                if (!page.isEmpty()) {
                    afterRow = page.get(page.size() - 1).rowNumber();
                    afterId = page.get(page.size() - 1).id();
                }
            } while (page.size() == REPORT_PAGE);
            csv.flush();
        };
        String name = "导入任务" + id + "校验报告.csv";
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"; "
                        + "filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @Access(roles = StaffRole.EDITOR)
    @GET
    @jakarta.ws.rs.Path("/templates/{name}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response template(@PathParam("name") String name) {
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new NotFoundException();
        }
        String slug = name.substring(0, name.lastIndexOf('.'));
        ImportKind kind = ImportKind.bySlug(slug).orElseThrow(NotFoundException::new);
        String fileName = kind.label() + "导入模板." + (csv ? "csv" : "xlsx");
        return Response.ok(csv ? ImportTemplates.csv(kind) : ImportTemplates.xlsx(kind))
                .type(csv ? "text/csv;charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-template." + (csv ? "csv" : "xlsx")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private Response refused(int status, UploadForm sent, Map<String, String> errors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(new UploadForm(sent.kind(), sent.agency(), sent.mode(), sent.target(), errors)))
                .build();
    }

    private TemplateInstance page(UploadForm form) {
        Actor actor = signedIn.actor();
        List<KindView> kinds = Arrays.stream(ImportKind.values())
                .map(k -> new KindView(k.slug(), k.label(), k.columns())).toList();
        List<JobView> recent = em.createQuery("FROM ImportJob WHERE staffId = :s ORDER BY id DESC", ImportJob.class)
                .setParameter("s", actor.id()).setMaxResults(20).getResultList().stream().map(this::view).toList();
        return Templates.index(kinds, agencies(actor), form, actor.has(StaffRole.EDITOR),
                megabytes(config.importMaxFileSize().asLongValue()), config.importMaxRows(), recent,
                signedIn.csrfToken(), signedIn.displayName());
    }

    private List<AgencyOption> agencies(Actor actor) {
        Set<Long> ids = new HashSet<>(actor.grantedAgencyIds());
        ids.add(actor.agencyId());
        return em.createQuery("FROM Agency WHERE id IN :ids ORDER BY id", Agency.class)
                .setParameter("ids", ids).getResultList().stream().map(a -> new AgencyOption(String.valueOf(a.id()), a.name())).toList();
    }

    private JobView view(ImportJob job) {
        Agency agency = em.find(Agency.class, job.agencyId());
        boolean running = job.state() == ImportJob.State.QUEUED || job.state() == ImportJob.State.RUNNING;
        int percent = job.totalRows() == 0 ? 0 : Math.min(100, job.processedRows() * 100 / job.totalRows());
        return new JobView(job.id(), job.kind().label(), agency == null ? "" : agency.name(), job.fileName(),
                job.fileSha256(), job.dryRun(), job.submit(), job.state().label(), job.phase().label(), running,
                job.state() == ImportJob.State.FAILED, job.totalRows(), job.processedRows(), percent,
                job.totalRows() - job.badRows(),
                job.createdCount(), job.updatedCount(), job.unchangedCount(), job.badRows(), job.message(),
                TIME.format(job.createdAt()), job.finishedAt() == null ? "" : TIME.format(job.finishedAt()));
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
