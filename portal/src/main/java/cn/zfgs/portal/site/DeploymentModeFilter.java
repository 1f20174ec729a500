package cn.zfgs.portal.site;

import cn.zfgs.portal.config.PortalConfig;
import cn.zfgs.portal.config.DeploymentMode;
import cn.zfgs.portal.errors.PublicErrors;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Optional;

/**
 * Makes the routes of the other side of the deployment not exist (404) before anything is matched: {@code /admin}
 * in the {@code public} mode, everything but {@code /admin} and the health and static assets in the {@code admin}
 * mode. The database role of a public instance enforces the same split again (ADR 2).
 */
public class DeploymentModeFilter {

    // A provider: pre-matching filters are built before the configuration mappings exist.
    @Inject
    Provider<PortalConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> hideTheOtherSide(HttpServerRequest request) {
        DeploymentMode mode = config.get().mode();
        if (mode == DeploymentMode.COMBINED) {
            return Optional.empty();
        }
        String path = request.path();
        boolean staff = path.equals("/admin") || path.startsWith("/admin/");
        boolean hidden = mode == DeploymentMode.PUBLIC ? staff : !staff && !path.equals("/");
        if (hidden) {
            throw PublicErrors.notFound("页面不存在");
        }
        if (mode == DeploymentMode.ADMIN && path.equals("/")) {
            return Optional.of(Response.seeOther(URI.create("/admin")).build());
        }
        return Optional.empty();
    }
}
