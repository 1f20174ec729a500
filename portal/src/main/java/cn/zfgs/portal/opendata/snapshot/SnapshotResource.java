package cn.zfgs.portal.opendata.snapshot;

import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.errors.PublicInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.file.Files;

/**
 * 快照下载 — the latest snapshot: its manifest ({@code /data/snapshots/manifest.json}), checksums
 * ({@code /data/snapshots/SHA256SUMS}) and files ({@code /data/snapshots/decisions.csv.gz} …).
 */
@Path("/data/snapshots")
public class SnapshotResource {

    @Inject
    SnapshotService snapshots;

    @GET
    @Path("/manifest.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "最新快照的清单", description = "生成时间、所对应的发布日志序号，以及每个数据集的记录数和每个文件的字节数与 SHA-256")
    public Manifest manifest() {
        return servable();
    }

    @GET
    @Path("/{file: [a-z]+\\.[a-z]+\\.gz|SHA256SUMS}")
    @Operation(summary = "下载最新快照中的文件", description = "例：/data/snapshots/decisions.csv.gz；校验和见 /data/snapshots/SHA256SUMS")
    public Response file(@PathParam("file") String file) {
        Manifest manifest = servable();
        boolean listed = SnapshotService.CHECKSUMS.equals(file) || manifest.datasets().stream()
                .flatMap(d -> d.files().stream()).anyMatch(f -> f.file().equals(file));
        java.nio.file.Path path = snapshots.file(manifest, file);
        if (!listed || !Files.exists(path)) {
            throw PublicErrors.notFound("快照中没有文件“" + file + "”，文件清单见 /data/snapshots/manifest.json");
        }
        return Response.ok(path.toFile())
                .type(SnapshotService.CHECKSUMS.equals(file) ? "text/plain; charset=UTF-8" : "application/gzip")
                .header("Content-Disposition", "attachment; filename=\"" + manifest.id() + "-" + file + "\"")
                .build();
    }

    private Manifest servable() {
        Manifest manifest = snapshots.latest().orElseThrow(() ->
                new PublicInputException(503, "快照正在生成，请稍后再试；也可以直接下载实时数据，如 /data/decisions.csv"));
        if (!snapshots.servable(manifest)) {
            throw new PublicInputException(503, "快照生成后有信息被撤回，新的快照正在生成，请稍后再试；也可以直接下载实时数据");
        }
        return manifest;
    }
}
