package cn.zfgs.portal.officers;

import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.site.RateLimits;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 执法人员核验 — anyone can check the certificate of an officer at the door: typed in, or by scanning the QR code on
 * the certificate, which opens this page with the number filled in. The answer is valid, suspended, revoked,
 * expired or unknown, with name, unit, category, region and validity and nothing else. Rate-limited per client, so
 * the roster of certificate numbers cannot be harvested by trying numbers; never cached.
 */
@Path("/verify")
public class VerificationResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(OfficerViews.Verification result);
    }

    @Inject
    EntityManager em;
    @Inject
    AgencyDirectory agencies;
    @Inject
    RateLimits limits;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response verify(@QueryParam("certificate") String certificate) {
        OfficerViews.Verification result = null;
        if (certificate != null) {
            String number = Certificates.normalise(certificate);
            limits.verification();
            result = em.createQuery("FROM PublishedOfficer WHERE currentVersion = true AND certificateNumber = :c",
                            PublishedOfficer.class).setParameter("c", number).getResultStream().findFirst()
                    .map(o -> OfficerViews.Verification.of(number, o,
                            agencies.byAgencyId(o.agencyId()).map(PublishedAgency::itemId).orElse(null),
                            LocalDate.now(CHINA)))
                    .orElse(OfficerViews.Verification.unknown(number));
        }
        return Response.ok(Templates.verify(result))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
