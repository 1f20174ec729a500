package cn.zfgs.portal.opendata;

import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.opendata.dataset.Datasets;
import cn.zfgs.portal.opendata.format.DistributionFormat;
import cn.zfgs.portal.opendata.format.RowWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.zip.GZIPOutputStream;

/**
 * 数据集下载 — {@code /data/<dataset>.<csv|jsonl|jsonld|ttl|nt>[.gz]}: the whole dataset as it stands now, streamed
 * from the published tables while it is read (constant memory, any size). {@code .gz} gives a gzip file; a client
 * that sends {@code Accept-Encoding: gzip} gets the plain name compressed on the wire.
 */
@Path("/data")
public class DownloadResource {

    private static final Logger LOG = Logger.getLogger(DownloadResource.class);

    @Inject
    Datasets datasets;
    @Inject
    DatasetReader reader;

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
