package cn.zfgs.portal.decisions;

import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.content.published.Tombstone;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.site.Formats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** 执法决定 — the public page of one decision, its earlier versions, and the notice left when it is withdrawn. */
@Path("/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(DecisionView decision);

        static native TemplateInstance withdrawn(WithdrawnView notice);
    }

    /** 撤回公告 — what the 410 page says. */
    public record WithdrawnView(String kindLabel, String reasonLabel, String basisDocument, String withdrawnAt) {
    }

    @Inject
    DecisionQueries queries;

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") String id, @QueryParam("version") String version) {
        Long itemId = PublicErrors.requireId(id, "决定编号");
        Integer wanted = version == null ? null : PublicErrors.requireId(version, "版本号").intValue();
        var tombstone = queries.tombstone(itemId);
        if (tombstone.isPresent()) {
            Tombstone t = tombstone.get();
            return Response.status(Response.Status.GONE)
                    .entity(Templates.withdrawn(new WithdrawnView(t.kind().label(), t.reason().label(),
                            t.basisDocument(), Formats.dateTime(t.withdrawnAt()))))
                    .build();
        }
        PublishedDecision decision = queries.version(itemId, wanted)
                .orElseThrow(() -> PublicErrors.notFound("未找到该执法决定，或该版本不存在"));
        List<PublishedDecision> versions = queries.versions(itemId);
        return Response.ok(Templates.show(DecisionView.of(decision, versions))).build();
    }
}
