package cn.zfgs.portal.home;

import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.content.published.PublishedVersion;
import cn.zfgs.portal.decisions.DecisionLine;
import cn.zfgs.portal.decisions.DecisionQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.ZoneId;

/** 首页 — search box, this year's decisions by type, the latest decisions, and a way into every section. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private static final int LATEST = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(HomeView home);
    }

    @Inject
    DecisionQueries decisions;
    @Inject
    EntityManager em;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        var counts = decisions.countByType(year);
        return Templates.index(new HomeView(year,
                counts.values().stream().mapToLong(Long::longValue).sum(),
                counts.entrySet().stream().map(e -> new HomeView.TypeCount(e.getKey().label(), e.getValue())).toList(),
                decisions.latest(LATEST).stream().map(DecisionLine::of).toList(),
                current(PublishedAgency.class), current(PublishedEnforcementItem.class),
                current(PublishedOfficer.class), current(PublishedDecision.class)));
    }

    private long current(Class<? extends PublishedVersion> kind) {
        return em.createQuery("SELECT COUNT(*) FROM " + kind.getSimpleName() + " WHERE currentVersion = true",
                Long.class).getSingleResult();
    }
}
