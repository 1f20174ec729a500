package cn.zfgs.portal.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * 跨域访问 — the open data (JSON API, datasets, stable URIs, SPARQL) may be read from any web page: GET (and the
 * SPARQL POST) answer with {@code Access-Control-Allow-Origin: *}, never with credentials. Staff pages get
 * nothing of this.
 */
public class CorsForOpenData {

    private static final String[] OPEN_PREFIXES = {"api/v1", "data", "id/", "sparql"};

    @ServerResponseFilter
    public void allowAnyOrigin(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        for (String prefix : OPEN_PREFIXES) {
            if (trimmed.startsWith(prefix)) {
                response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
                response.getHeaders().putSingle("Access-Control-Expose-Headers",
                        "ETag, Link, Content-Location, X-SPARQL-Truncated, X-SPARQL-Result-Limit");
                if ("OPTIONS".equals(request.getMethod())) {
                    response.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                    response.getHeaders().putSingle("Access-Control-Allow-Headers",
                            "Accept, Accept-Encoding, If-None-Match, Content-Type");
                    response.getHeaders().putSingle("Access-Control-Max-Age", "86400");
                }
                return;
            }
        }
    }
}
