package cn.zfgs.admin.laws;

import cn.zfgs.admin.security.Access;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LawSearch;
import cn.zfgs.content.model.ContentJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * 法律依据检索接口 — the law search in JSON, for the editing forms' script ({@code law-picker.js}); the forms work
 * without it by posting their search back. A path of its own: under {@code /admin/api} a request would be matched to
 * the redaction API's class and never reach this one.
 */
@Path("/admin/api/laws")
public class LawSearchApi {

    /** The answer: the query as read and at most ten hits, best first. */
    public record Answer(String query, List<LawSearch.Hit> hits) {
    }

    private final LawCatalogue laws = LawCatalogue.shipped();

    @Access
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@QueryParam("q") String query) {
        String q = query == null ? "" : query.strip();
        return Response.ok(ContentJson.write(new Answer(q, LawSearch.find(laws, q))))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
