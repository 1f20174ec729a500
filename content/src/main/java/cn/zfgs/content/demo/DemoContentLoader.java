package cn.zfgs.content.demo;

import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.demo.DemoAccounts.Account;
import cn.zfgs.content.demo.DemoPublisher.Handle;
import cn.zfgs.content.demo.DemoPublisher.Route;
import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.RightsNoticeContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.workflow.AgencyPolicies;
import cn.zfgs.content.workflow.MajorDecisionPolicy;
import cn.zfgs.content.workflow.PublicationExpiry;
import cn.zfgs.content.workflow.PublicationPeriods;
import cn.zfgs.content.workflow.RedactionReview;
import cn.zfgs.content.workflow.Workflow;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * 演示数据加载 — fills an empty database with the demo: the four agencies and their staff accounts
 * ({@link DemoAccounts}), then, through the real {@link Workflow}, every agency's profile, item catalogue, officer
 * roster, procedures, rights notices, discretion benchmarks, service guides and random-inspection results, and
 * {@value #DECISIONS} decisions from {@link #FIRST_DECISION} on, plus {@value #RECENT_DECISIONS} in the last two
 * weeks, with their reviews, legal reviews, redactions, rejections, corrections and withdrawals.
 *
 * <p>Every action is dated in the past, from December 2023 to {@link #CUTOFF}; decisions whose approval would fall
 * after the cut-off stay at the stage they reached, so the staff area has work waiting. Call outside a transaction.
 */
@ApplicationScoped
public class DemoContentLoader {

    public static final int DECISIONS = 232;
    public static final int RECENT_DECISIONS = 8;
    public static final LocalDate FIRST_DECISION = LocalDate.of(2024, 1, 2);
    public static final LocalDate RECENT = LocalDate.of(2026, 11, 13);
    public static final LocalDate LAST_DECISION = LocalDate.of(2026, 11, 19);
    /** "Today" in the demo: no action is dated later. */
    public static final Instant CUTOFF = LocalDate.of(2026, 11, 20).atTime(18, 0).atZone(Workflow.CHINA).toInstant();

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);
    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();
    private static final LocalDate SETUP = LocalDate.of(2023, 12, 4);
    private static final LocalDate GUIDES = LocalDate.of(2023, 12, 25);
    private static final int ACTIONS_PER_TRANSACTION = 100;

    @Inject
    EntityManager em;
    @Inject
    Workflow workflow;
    @Inject
    AgencyPolicies policies;
    @Inject
    PublicationExpiry expiry;
    @Inject
    RedactionReview redactions;

    /** 机关与账号 — the ids of the agencies and the staff accounts as workflow actors, by username. */
    private record Staff(Map<DemoAgency, Long> agencyIds, Map<String, Actor> actors) {
    }

    /** Loads the demo unless an agency exists already; returns whether it loaded. */
    public boolean loadIfEmpty() {
        long started = System.nanoTime();
        Staff staff = QuarkusTransaction.requiringNew().call(this::createAgenciesAndStaff);
        if (staff == null) {
            return false;
        }
        configureCountyPublicationPeriods(staff);
        Random random = new Random(DecisionFactory.DEMO_SEED);
        Agenda agenda = new Agenda(CUTOFF);
        DemoPublisher publisher = new DemoPublisher(workflow, redactions, agenda, staff.actors(), staff.agencyIds());
        Map<String, Handle> items = new HashMap<>();
        List<Handle> officers = publishCatalogues(publisher, random, items);
        int actions = run(agenda);
        BiFunction<DemoAgency, String, Long> itemIds = (agency, key) -> items.get(agency + ":" + key).itemId();
        publishGuidesAndChanges(publisher, random, items, officers, itemIds);
        publishInspectionResults(publisher, random, itemIds);
        publishDecisions(publisher, itemIds);
        actions += run(agenda);
        int expired = expiry.expireDue();
        LOG.infof("演示数据：%d 件执法决定公示期限已满，已自动撤下", expired);
        LOG.infof("演示数据已加载：%d 个执法主体、%d 个账号、%d 个工作流操作，用时 %.1f 秒", DemoAgency.values().length,
                DemoAccounts.ALL.size(), actions, (System.nanoTime() - started) / 1e9);
        return true;
    }

    /**
     * Replays the agenda a hundred actions to a transaction. Each action is still a {@link Workflow} call with all
     * its checks, joining the surrounding transaction; committing each on its own would spend most of the load
     * waiting for the database to sync its log (26 s instead of 10 s on PostgreSQL in a test run).
     */
    private static int run(Agenda agenda) {
        return agenda.run(ACTIONS_PER_TRANSACTION, steps -> QuarkusTransaction.requiringNew().run(steps));
    }

    /**
     * The county bureau keeps to the market regulators' rule (市场监督管理行政处罚信息公示规定 art. 14): penalties are
     * shown for three years, a warning or a small fine for three months — so the demo has decisions that expired.
     * The other agencies keep the default: shown until withdrawn.
     */
    private void configureCountyPublicationPeriods(Staff staff) {
        Instant at = SETUP.minusDays(2).atTime(10, 0).atZone(Workflow.CHINA).toInstant();
        policies.configure(staff.actors().get("admin"), staff.agencyIds().get(DemoAgency.COUNTY_MARKET),
                MajorDecisionPolicy.defaults(),
                new PublicationPeriods(Map.of(DecisionType.PENALTY, 36),
                        new PublicationPeriods.MinorPenalty(new BigDecimal("1000"), new BigDecimal("10000"), 3)),
                at);
    }

    private Staff createAgenciesAndStaff() {
        if (em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult() > 0) {
            return null;
        }
        Instant at = SETUP.minusDays(3).atTime(9, 0).atZone(Workflow.CHINA).toInstant();
        Map<DemoAgency, Long> ids = new EnumMap<>(DemoAgency.class);
        for (DemoAgency demo : DemoAgency.values()) {
            Long parent = demo.parent() == null ? null : ids.get(demo.parent());
            Agency agency = new Agency(demo.creditCode(), demo.agencyName(), demo.level(), demo.regionCode(),
                    demo.regionName(), parent, demo.documentPrefix(), at);
            em.persist(agency);
            ids.put(demo, agency.id());
        }
        // One hash for the one published password: bcrypt is slow on purpose, and nothing is secret here.
        String hash = BcryptUtil.bcryptHash(DemoAccounts.PASSWORD);
        Map<String, Actor> actors = new HashMap<>();
        for (Account account : DemoAccounts.ALL) {
            StaffAccount staff = new StaffAccount(account.username(), account.displayName(), hash,
                    ids.get(account.agency()), account.roles(), at);
            account.grantedAgencies().forEach(granted -> staff.grantAgency(ids.get(granted)));
            em.persist(staff);
            actors.put(account.username(), staff.asActor());
        }
        return new Staff(ids, actors);
    }

    /** December 2023: what each agency publishes before its first decision of the demo period. */
    private static List<Handle> publishCatalogues(DemoPublisher publisher, Random random, Map<String, Handle> items) {
        for (DemoAgency agency : DemoAgency.values()) {
            publisher.publish(agency, agency.profile(), List.of(), Route.plain(SETUP, next(SETUP, 1)), clock(random));
        }
        int n = 0;
        for (DemoItems.Item item : DemoItems.all()) {
            LocalDate created = next(SETUP, 1 + n++ % 8);
            items.put(item.agency() + ":" + item.key(), publisher.publish(item.agency(), item.content(), List.of(),
                    Route.plain(created, next(created, 1 + random.nextInt(2))), clock(random)));
        }
        List<Handle> officers = DemoOfficers.all(DecisionFactory.DEMO_SEED).stream().map(officer -> {
            LocalDate created = next(SETUP, 5 + random.nextInt(5));
            return publisher.publish(officer.agency(), officer.content(), List.of(),
                    Route.plain(created, next(created, 1 + random.nextInt(2))), clock(random));
        }).toList();
        for (DemoAgency agency : DemoAgency.values()) {
            for (FlowchartContent flowchart : DemoProcedures.flowcharts()) {
                LocalDate created = next(SETUP, 10 + random.nextInt(3));
                publisher.publish(agency, flowchart, List.of(), Route.plain(created, next(created, 1)), clock(random));
            }
            for (RightsNoticeContent notice : DemoProcedures.rightsNotices(agency)) {
                LocalDate created = next(SETUP, 10 + random.nextInt(3));
                publisher.publish(agency, notice, List.of(), Route.plain(created, next(created, 1)), clock(random));
            }
        }
        for (DemoBenchmarks.Benchmark benchmark : DemoBenchmarks.all()) {
            LocalDate created = next(SETUP, 11 + random.nextInt(2));
            publisher.publish(benchmark.agency(), benchmark.content(), List.of(),
                    Route.plain(created, next(created, 1)), clock(random));
        }
        return officers;
    }

    /** Guides (which link to their item's id), a shortened time limit, and officers leaving or suspended. */
    private static void publishGuidesAndChanges(DemoPublisher publisher, Random random, Map<String, Handle> items,
            List<Handle> officers, BiFunction<DemoAgency, String, Long> itemIds) {
        for (DemoGuides.Guide guide : DemoGuides.all(itemIds)) {
            LocalDate created = next(GUIDES, random.nextInt(3));
            publisher.publish(guide.agency(), guide.content(), List.of(), Route.plain(created, next(created, 1)),
                    clock(random));
        }
        DemoItems.Item retail = DemoItems.find(DemoAgency.COUNTY_MARKET, "drug-retail-licence");
        EnforcementItemContent item = retail.content();
        LocalDate changed = LocalDate.of(2025, 3, 10);
        publisher.correct(retail.agency(), items.get(retail.agency() + ":" + retail.key()),
                new EnforcementItemContent(item.code(), item.name(), item.itemType(), item.handlingDepartment(),
                        item.legalBases(), item.timeLimitDays(), "法定期限十五个工作日，承诺时限五个工作日",
                        item.randomInspection()),
                List.of(), "根据优化营商环境工作要求，本事项承诺办结时限由十个工作日压缩为五个工作日。",
                Route.plain(changed, next(changed, 1)), clock(random));
        List<DemoOfficers.Officer> roster = DemoOfficers.all(DecisionFactory.DEMO_SEED);
        for (int i = 0; i < roster.size(); i++) {
            DemoOfficers.Officer officer = roster.get(i);
            if (officer.change() != null) {
                OfficerContent o = officer.content();
                publisher.correct(officer.agency(), officers.get(i), new OfficerContent(o.name(), o.certificateNumber(),
                        o.category(), o.regionCode(), o.regionName(), officer.change().status(), o.validFrom(),
                        o.validUntil(), o.legalReviewer()), List.of(), officer.change().note(),
                        Route.plain(officer.change().on(), next(officer.change().on(), 1)), clock(random));
            }
        }
    }

    private static void publishInspectionResults(DemoPublisher publisher, Random random,
            BiFunction<DemoAgency, String, Long> itemIds) {
        for (DemoInspections.Result result : DemoInspections.all(DecisionFactory.DEMO_SEED, itemIds)) {
            LocalDate created = next(result.content().inspectedOn(), 3 + random.nextInt(6));
            publisher.publish(result.agency(), result.content(), List.of(),
                    Route.plain(created, next(created, 1 + random.nextInt(3))), clock(random));
        }
    }

    private static void publishDecisions(DemoPublisher publisher, BiFunction<DemoAgency, String, Long> itemIds) {
        DecisionFactory factory = new DecisionFactory(DecisionFactory.DEMO_SEED, itemIds);
        for (DecisionSchedule.Slot slot : slots()) {
            DecisionFactory.GeneratedDecision decision = factory.decision(slot);
            DecisionStory story = DecisionStory.plan(slot, decision, DecisionFactory.DEMO_SEED);
            String legalReviewer = story.cityLegalReviewer() ? "sjj.legal" : null;
            OfficeClock clock = new OfficeClock(new Random(DecisionFactory.mix(DecisionFactory.DEMO_SEED,
                    ~slot.index())));
            Handle handle = publisher.publish(slot.agency(), story.firstVersion(), decision.spans(),
                    new Route(story.created(), story.reviewed(), story.approved(), story.rejection(), legalReviewer),
                    clock);
            DecisionStory.Correction correction = story.correction();
            if (correction != null) {
                publisher.correct(slot.agency(), handle, decision.content(), decision.spans(), correction.changeNote(),
                        new Route(correction.created(), correction.reviewed(), correction.approved(), null,
                                legalReviewer), clock);
            }
            if (story.takedown() != null) {
                publisher.withdraw(slot.agency(), handle, story.takedown(), clock);
            }
        }
    }

    /** Every decision slot of the demo: the evenly spread ones, then the recent ones. */
    static List<DecisionSchedule.Slot> slots() {
        DecisionSchedule schedule = new DecisionSchedule(DecisionFactory.DEMO_SEED, DECISIONS, 0, FIRST_DECISION,
                RECENT.minusDays(3));
        List<DecisionSchedule.Slot> slots = new ArrayList<>();
        schedule.forEachRemaining(slots::add);
        schedule.then(RECENT_DECISIONS, RECENT, LAST_DECISION).forEachRemaining(slots::add);
        return slots;
    }

    private static OfficeClock clock(Random random) {
        return new OfficeClock(new Random(random.nextLong()));
    }

    private static LocalDate next(LocalDate day, int workdays) {
        return CALENDAR.addWorkdays(day, workdays);
    }
}
