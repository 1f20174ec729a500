package cn.zfgs.admin.record;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.security.Csrf;
import cn.zfgs.admin.security.SignedIn;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.record.ChainVerifier;
import cn.zfgs.content.record.RecordChain;
import cn.zfgs.content.record.RecordEntry;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** 全过程记录 — the latest entries of the record chain, and verification of the whole chain on demand. */
@Path("/admin/record")
@Produces(MediaType.TEXT_HTML)
public class RecordResource {

    private static final int SHOWN = 100;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Workflow.CHINA);

    /** One entry as shown: the hashes abbreviated, the full ones are in the verification output. */
    public record Line(long seq, String at, String actor, String action, String subject, String hash) {
    }

    /** The verification's outcome as shown. */
    public record Verification(boolean intact, long checked, Long brokenAt, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Line> lines, Verification verification, String csrf,
                String staffName);
    }

    @Inject
    EntityManager em;
    @Inject
    RecordChain chain;
    @Inject
    SignedIn signedIn;
    @Inject
    Csrf csrf;

    @Access
    @GET
    public TemplateInstance index() {
        return Templates.index(latest(), null, signedIn.csrfToken(), signedIn.displayName());
    }

    /** Verification walks every entry: administrators and approvers only. */
    @Access(roles = {StaffRole.ADMINISTRATOR, StaffRole.APPROVER})
    @POST
    @Path("/verify")
    public TemplateInstance verify(@RestForm(Csrf.FIELD) String token) {
        csrf.require(token);
        if (!signedIn.actor().has(StaffRole.ADMINISTRATOR) && !signedIn.actor().has(StaffRole.APPROVER)) {
            throw new ForbiddenException("校验全过程记录需要系统管理员或负责人角色");
        }
        ChainVerifier.Result result = chain.verify();
        Verification verification = new Verification(result.intact(), result.checked(),
                result.firstBreak().map(ChainVerifier.Break::seq).orElse(null),
                result.firstBreak().map(ChainVerifier.Break::problem).orElse(null));
        return Templates.index(latest(), verification, signedIn.csrfToken(), signedIn.displayName());
    }

    private List<Line> latest() {
        return em.createQuery("FROM RecordEntry ORDER BY seq DESC", RecordEntry.class)
                .setMaxResults(SHOWN)
                .getResultList().stream()
                .map(RecordEntry::link)
                .map(l -> new Line(l.seq(), SECOND.format(l.recordedAt()), l.actor(), l.action().label(),
                        l.subject(), l.entryHash().substring(0, 12)))
                .toList();
    }
}
