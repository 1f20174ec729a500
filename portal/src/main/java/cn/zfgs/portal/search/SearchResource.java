package cn.zfgs.portal.search;

import cn.zfgs.search.SearchService;
import cn.zfgs.search.query.QueryRejected;
import cn.zfgs.search.query.SearchRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** 搜索 — the public search page: query box, facets as plain links, results with highlights, paging. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchPage search);
    }

    @Inject
    SearchService search;

    @GET
    public Response page(@BeanParam SearchParameters parameters) {
        SearchRequest request;
        try {
            request = SearchRequest.parse(parameters.raw());
        } catch (QueryRejected e) {
            String typed = parameters.q == null ? "" : parameters.q.strip();
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(SearchPages.refused(typed.length() > 200 ? "" : typed, e.getMessage())))
                    .build();
        }
        return Response.ok(Templates.search(SearchPages.of(request, search.search(request), search.ready()))).build();
    }
}
