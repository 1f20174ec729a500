package cn.zfgs.portal.opendata.catalogue;

import cn.zfgs.portal.errors.PublicInputException;
import cn.zfgs.portal.linkeddata.Description;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedFormat;
import cn.zfgs.portal.linkeddata.Representations;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.OpenDataConfig;
import cn.zfgs.portal.opendata.OpenDataset;
import cn.zfgs.portal.opendata.dataset.Datasets;
import cn.zfgs.portal.opendata.format.DistributionFormat;
import cn.zfgs.portal.opendata.snapshot.Manifest;
import cn.zfgs.portal.opendata.snapshot.SnapshotService;
import cn.zfgs.portal.site.Formats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.HeaderParam;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.opendata.DatasetReader;
import cn.zfgs.portal.opendata.format.RowWriter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 数据开放 — the catalogue page {@code /data} (every dataset, its distributions, snapshot checksums, data
 * dictionary, change feed, SPARQL and the URI scheme), its DCAT description ({@code /data/catalog.ttl},
 * {@code .jsonld}), and the live downloads {@code /data/<dataset>.<csv|jsonl|jsonld|ttl|nt>[.gz]}: the whole
 * dataset as it stands now, streamed from the published tables while it is read (constant memory, any size).
 * {@code .gz} gives a gzip file; a client that sends {@code Accept-Encoding: gzip} gets the plain name compressed
 * on the wire.
 */
@Path("/data")
public class CatalogueResource {

    private static final Logger LOG = Logger.getLogger(CatalogueResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(CataloguePage page);
    }

    /** 数据开放页. */
    public record CataloguePage(String licence, String licenceTitle, String base, List<DatasetView> datasets,
            String snapshotAt, Long snapshotSequence, long logSequence, Map<String, String> prefixes) {
    }

    /** 数据集 on the page. */
    public record DatasetView(String name, String title, String description, long records, String coverage,
            List<Link> live, List<SnapshotFile> snapshot, List<Column> columns) {
    }

    /** A download link. */
    public record Link(String label, String href) {
    }

    /** 快照文件 with its size and checksum. */
    public record SnapshotFile(String label, String href, String size, String sha256) {
    }

    @Inject
    Datasets datasets;
    @Inject
    DatasetFacts facts;
    @Inject
    SnapshotService snapshots;
    @Inject
    DcatCatalogue dcat;
    @Inject
    OpenDataConfig config;
    @Inject
    EntityUris uris;
    @Inject
    DatasetReader reader;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        Optional<Manifest> snapshot = snapshots.latest().filter(snapshots::servable);
        List<DatasetView> views = datasets.all().stream().map(d -> view(d, snapshot)).toList();
        return Templates.index(new CataloguePage(config.licence(), config.licenceTitle(), uris.base(), views,
                snapshot.map(m -> Formats.dateTime(java.time.OffsetDateTime.parse(m.createdAt()).toInstant())).orElse(null), snapshot.map(Manifest::sequence).orElse(null),
                reader.position().sequence(), ZFGS.PREFIXES));
    }

    @GET
    @Path("/catalog.{extension: ttl|jsonld|nt|rdf}")
    @Operation(summary = "DCAT-AP 数据目录", description = "全部数据集及其分发（实时下载和快照，快照附字节数和 SHA-256）、数据字典和数据服务")
    public Response catalog(@PathParam("extension") String extension) {
        LinkedFormat format = LinkedFormat.byExtension(extension).orElseThrow();
        return Response.ok(Representations.write(dcat.description(), format))
                .type(format.mediaType().withCharset("UTF-8")).build();
    }

    private DatasetView view(OpenDataset dataset, Optional<Manifest> snapshot) {
        DatasetFacts.Coverage coverage = facts.coverage(dataset);
        List<Link> live = java.util.Arrays.stream(DistributionFormat.values())
                .map(f -> new Link(f.label(), "/data/" + dataset.name() + "." + f.extension())).toList();
        List<SnapshotFile> files = snapshot.flatMap(m -> m.datasets().stream()
                        .filter(e -> e.name().equals(dataset.name())).findFirst())
                .map(e -> e.files().stream().map(f -> new SnapshotFile(f.file(), "/data/snapshots/" + f.file(),
                        size(f.bytes()), f.sha256())).toList())
                .orElse(List.of());
        return new DatasetView(dataset.name(), dataset.title(), dataset.description(), facts.count(dataset),
                coverage.start() == null ? "暂无数据"
                        : Formats.date(coverage.start()) + " 至 " + Formats.date(coverage.end()),
                live, files, dataset.columns());
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    @GET
    @Path("/{name: [a-z]+}.{extension: [a-z]+(\\.gz)?}")
    @Operation(summary = "下载数据集（实时）", description = "完整数据集，边读边写，格式由扩展名决定：csv、jsonl、jsonld、ttl、nt；"
            + "再加 .gz 得到 gzip 压缩文件。例：/data/decisions.csv、/data/decisions.nt.gz")
    public Response download(@Parameter(description = "数据集名称", example = "decisions") @PathParam("name") String name,
            @Parameter(description = "格式扩展名", example = "csv") @PathParam("extension") String extension,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        OpenDataset dataset = datasets.byName(name)
                .orElseThrow(() -> PublicErrors.notFound("没有名为“" + name + "”的数据集，可用的数据集见 /data"));
        boolean gzipFile = extension.endsWith(".gz");
        String formatName = gzipFile ? extension.substring(0, extension.length() - 3) : extension;
        DistributionFormat format = DistributionFormat.byExtension(formatName)
                .orElseThrow(() -> PublicErrors.notFound("不支持的格式“" + formatName + "”：可用 csv、jsonl、jsonld、ttl、nt，可再加 .gz"));
        boolean gzipWire = !gzipFile && acceptEncoding != null && acceptEncoding.contains("gzip");
        StreamingOutput body = out -> write(dataset, format, gzipFile || gzipWire ? new GZIPOutputStream(out, 1 << 16) : out);
        String fileName = dataset.name() + "." + extension;
        Response.ResponseBuilder response = Response.ok(body)
                .type(gzipFile ? "application/gzip" : format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzipWire) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.build();
    }

    private void write(OpenDataset dataset, DistributionFormat format, OutputStream out) throws IOException {
        try {
            RowWriter writer = format.open(out, dataset);
            reader.stream(dataset, writer::write);
            writer.finish();
            if (out instanceof GZIPOutputStream gzip) {
                gzip.finish();
            }
            out.flush();
        } catch (SQLException e) {
            LOG.errorf(e, "download of %s.%s failed part-way", dataset.name(), format.extension());
            throw new IOException("数据集读取失败，下载中断", e);
        }
    }
}
