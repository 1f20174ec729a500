package cn.zfgs.admin.laws;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LawSearch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * 法律依据检索 — the law catalogue searched by title and article, as a page of its own; {@link LawSearchApi} answers
 * the same in JSON for the editing forms' script.
 */
@Path("/admin/laws")
public class LawSearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String query, List<LawSearch.Hit> hits, String csrf, String staffName);
    }

    @Inject
    SignedIn signedIn;

    private final LawCatalogue laws = LawCatalogue.shipped();

    @Access
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("q") String query) {
        String q = query == null ? "" : query.strip();
        return Templates.index(q, LawSearch.find(laws, q), signedIn.csrfToken(), signedIn.displayName());
    }
}
