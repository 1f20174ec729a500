package cn.zfgs.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * 防跨站请求伪造 — every state-changing form carries the session's token as {@code _csrf}; each POST resource method
 * calls {@link #require} first. {@code AdminRoutesTest} posts to every admin route without it to prove none forgets.
 */
@RequestScoped
public class Csrf {

    public static final String FIELD = "_csrf";

    @Inject
    SignedIn signedIn;

    public void require(String token) {
        String expected = signedIn.csrfToken();
        if (token == null || expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("表单已过期或来源不明，请返回上一页刷新后重新提交").build());
        }
    }
}
