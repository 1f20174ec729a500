package cn.zfgs.portal.site;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** 阅读偏好设置 — the large-text switch in the header: a plain form post, so it works without JavaScript. */
@Path("/preferences/text-size")
public class PreferencesResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @POST
    public Response set(@FormParam("size") String size, @FormParam("back") String back) {
        boolean large = Reading.LARGE.equals(size);
        NewCookie cookie = new NewCookie.Builder(Reading.COOKIE)
                .value(large ? Reading.LARGE : "normal")
                .path("/")
                .maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create(SafeReturn.path(back))).cookie(cookie).build();
    }
}
