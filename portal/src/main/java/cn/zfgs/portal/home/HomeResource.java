package cn.zfgs.portal.home;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedDecision;
import cn.zfgs.content.published.PublishedEnforcementItem;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.content.published.PublishedVersion;
import cn.zfgs.content.published.Tombstone;
import cn.zfgs.portal.decisions.DecisionLine;
import cn.zfgs.portal.decisions.DecisionQueries;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.PublicCache;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** 首页 — search box, this year's decisions by type, the latest decisions, and a way into every section. */
@Path("/")
@PublicCache
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private static final int LATEST = 10;
    private static final int NOTICES = 5;

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
                current(PublishedOfficer.class), current(PublishedDecision.class), notices()));
    }

    /** The latest corrections and withdrawals of decisions, newest first. */
    private List<HomeView.Notice> notices() {
        List<HomeView.Notice> notices = new ArrayList<>();
        em.createQuery("FROM PublishedDecision WHERE currentVersion = true AND version > 1 "
                        + "ORDER BY publishedAt DESC, itemId DESC", PublishedDecision.class)
                .setMaxResults(NOTICES).getResultList()
                .forEach(d -> notices.add(new HomeView.Notice(d.publishedAt(), Formats.dateTime(d.publishedAt()), "更正",
                        d.documentNumber() + "：" + d.changeNote(), "/decisions/" + d.itemId())));
        em.createQuery("FROM Tombstone WHERE kind = :kind ORDER BY withdrawnAt DESC, itemId DESC", Tombstone.class)
                .setParameter("kind", ContentKind.DECISION)
                .setMaxResults(NOTICES).getResultList()
                .forEach(t -> notices.add(new HomeView.Notice(t.withdrawnAt(), Formats.dateTime(t.withdrawnAt()), "撤回",
                        "一件执法决定已撤回（" + t.reason().label() + "，依据：" + t.basisDocument() + "）",
                        "/decisions/" + t.itemId())));
        notices.sort(Comparator.comparing(HomeView.Notice::when).reversed());
        return notices.subList(0, Math.min(NOTICES, notices.size()));
    }

    private long current(Class<? extends PublishedVersion> kind) {
        return em.createQuery("SELECT COUNT(*) FROM " + kind.getSimpleName() + " WHERE currentVersion = true",
                Long.class).getSingleResult();
    }
}
