package cn.zfgs.content.demo;

import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.content.model.RightsNoticeContent;
import cn.zfgs.content.workflow.ContentValidator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static cn.zfgs.content.demo.DecisionFactoryTest.LAWS;
import static cn.zfgs.content.demo.DecisionFactoryTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogueTest {

    private static final BiFunction<DemoAgency, String, Long> ITEM_IDS =
            (agency, key) -> 1000L + DemoItems.all().indexOf(DemoItems.find(agency, key));

    @Test
    void fourAgenciesAtThreeLevelsWithValidCodesAndProfiles() {
        assertThat(DemoAgency.values()).extracting(DemoAgency::level)
                .contains(AgencyLevel.PROVINCE, AgencyLevel.CITY, AgencyLevel.COUNTY);
        assertThat(DemoAgency.COUNTY_MARKET.parent()).isEqualTo(DemoAgency.CITY_MARKET);
        assertThat(DemoAgency.values()).allSatisfy(agency -> {
            assertThat(agency.creditCode()).startsWith("11" + agency.regionCode());
            assertThat(DemoCodes.isValidCreditCode(agency.creditCode())).isTrue();
            assertValid(agency.profile());
            assertThat(agency.profile().complaintChannel()).containsAnyOf("12315", "12320");
            assertThat(agency.profile().supervisionChannel()).contains("司法");
        });
        assertThat(DemoAgency.PROVINCE_DRUGS.documentNumber(DecisionType.PENALTY, 2024, 12)).isEqualTo("赣药监罚〔2024〕12号");
        assertThat(DemoAgency.CITY_MARKET.documentNumber(DecisionType.PENALTY, 2025, 345))
                .isEqualTo("洪市监处罚〔2025〕0345号");
    }

    @Test
    void everyAgencyHasTheFourWorkflowRolesTheCityReviewerIsGrantedTheCountyAndTheAdministratorAll() {
        for (DemoAgency agency : DemoAgency.values()) {
            for (StaffRole role : List.of(StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER,
                    StaffRole.APPROVER)) {
                assertThat(DemoAccounts.holder(agency, role).username()).matches("[a-z]{3}\\.[a-z]+");
            }
        }
        assertThat(DemoAccounts.ALL.stream().map(DemoAccounts.Account::username).distinct())
                .hasSize(DemoAccounts.ALL.size());
        assertThat(DemoAccounts.ALL).filteredOn(a -> a.has(StaffRole.ADMINISTRATOR)).hasSize(1);
        assertThat(DemoAccounts.ALL).filteredOn(a -> !a.grantedAgencies().isEmpty() && !a.has(StaffRole.ADMINISTRATOR))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.agency()).isEqualTo(DemoAgency.CITY_MARKET);
                    assertThat(a.grantedAgencies()).containsExactly(DemoAgency.COUNTY_MARKET);
                });
        assertThat(DemoAccounts.ALL).filteredOn(a -> a.has(StaffRole.ADMINISTRATOR)).singleElement()
                .satisfies(a -> {
                    EnumSet<DemoAgency> reach = EnumSet.copyOf(a.grantedAgencies());
                    reach.add(a.agency());
                    assertThat(reach).containsExactlyInAnyOrder(DemoAgency.values());
                });
        assertThat(DemoAccounts.PASSWORD).isEqualTo("Demo@2026");
    }

    @Test
    void theItemCatalogueCoversEveryTypeWithRealLegalBases() {
        List<DemoItems.Item> items = DemoItems.all();
        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        assertThat(items.stream().map(i -> i.content().itemType()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DecisionType.values());
        assertThat(items.stream().map(i -> i.content().code()).distinct()).hasSize(items.size());
        assertThat(items).allSatisfy(item -> {
            EnforcementItemContent c = item.content();
            assertThat(c.code())
                    .matches(DemoItems.typeCode(c.itemType()) + "-" + item.agency().regionCode() + "-\\d{4}");
            assertValid(c);
        });
        assertThat(items).filteredOn(i -> i.content().randomInspection() != null).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(i -> assertThat(i.content().randomInspection().method()).contains("双随机"));
        assertThat(items.stream().map(i -> i.agency() + i.key()).distinct()).hasSize(items.size());
    }

    @Test
    void theRosterHasValidCertificatesAndLaterChanges() {
        List<DemoOfficers.Officer> officers = DemoOfficers.all(DecisionFactory.DEMO_SEED);
        assertThat(officers).hasSizeGreaterThanOrEqualTo(30);
        assertThat(officers).isEqualTo(DemoOfficers.all(DecisionFactory.DEMO_SEED));
        assertThat(officers.stream().map(o -> o.content().certificateNumber()).distinct()).hasSize(officers.size());
        assertThat(officers.stream().map(o -> o.content().name()).distinct()).hasSize(officers.size());
        assertThat(officers).allSatisfy(o -> {
            OfficerContent c = o.content();
            assertThat(c.certificateNumber()).matches(o.agency().regionCode() + "0[1-7]\\d{5}");
            assertThat(c.status()).isEqualTo(OfficerStatus.VALID);
            assertValid(c);
        });
        assertThat(officers.stream().filter(o -> o.change() != null).map(o -> o.change().status()))
                .contains(OfficerStatus.REVOKED, OfficerStatus.SUSPENDED);
        assertThat(officers).filteredOn(o -> o.content().legalReviewer()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(officers.stream().map(o -> o.content().category()).distinct()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(officers.stream().map(o -> o.content().name()))
                .contains(DemoAccounts.holder(DemoAgency.COUNTY_MARKET, StaffRole.LEGAL_REVIEWER).displayName());
        assertThat(officers).filteredOn(o -> o.change() != null).allSatisfy(o -> {
            assertThat(o.change().on()).isBefore(TODAY);
            assertThat(o.change().note()).contains(o.change().status() == OfficerStatus.REVOKED ? "注销" : "暂停");
        });
    }

    @Test
    void everyLicensingItemHasAGuideLinkedToIt() {
        List<DemoGuides.Guide> guides = DemoGuides.all(ITEM_IDS);
        List<DemoItems.Item> licensing = DemoItems.all().stream()
                .filter(i -> i.content().itemType() == DecisionType.LICENSING).toList();
        assertThat(guides).hasSameSizeAs(licensing);
        assertThat(guides).allSatisfy(g -> {
            assertThat(g.content().enforcementItemId()).isEqualTo(ITEM_IDS.apply(g.agency(), g.itemKey()));
            assertThat(DemoItems.find(g.agency(), g.itemKey()).content().itemType()).isEqualTo(DecisionType.LICENSING);
            assertThat(g.content().materials()).hasSizeGreaterThanOrEqualTo(3);
            assertValid(g.content());
        });
    }

    @Test
    void proceduresAndRightsNoticesAreCompleteAndCiteRealArticles() {
        assertThat(DemoProcedures.flowcharts()).extracting(FlowchartContent::itemType)
                .containsExactly(DecisionType.PENALTY, DecisionType.LICENSING, DecisionType.COERCION,
                        DecisionType.INSPECTION);
        for (FlowchartContent flowchart : DemoProcedures.flowcharts()) {
            assertValid(flowchart);
            // Where the way forks, every branch but at most one (taken always) says when it is taken.
            assertThat(flowchart.steps()).filteredOn(s -> s.next().size() > 1)
                    .allSatisfy(s -> assertThat(s.next()).filteredOn(b -> b.condition().isBlank()).hasSizeLessThan(2));
        }
        FlowchartContent penalty = DemoProcedures.flowcharts().get(0);
        assertThat(penalty.steps()).extracting(FlowchartContent.Step::id).containsSubsequence("filing",
                "investigation", "review", "legal-review", "notice", "statement", "hearing", "decision", "delivery",
                "enforcement", "closing");
        for (DemoAgency agency : DemoAgency.values()) {
            List<RightsNoticeContent> notices = DemoProcedures.rightsNotices(agency);
            notices.forEach(DemoCatalogueTest::assertValid);
            Map<String, RightsNoticeContent.Right> penaltyRights = notices.get(0).rights().stream()
                    .collect(Collectors.toMap(RightsNoticeContent.Right::name, r -> r));
            assertThat(penaltyRights).containsKeys("陈述权", "申辩权", "要求听证权", "申请行政复议", "提起行政诉讼");
            assertThat(penaltyRights.get("要求听证权").timeLimit()).contains("五日");
            assertThat(penaltyRights.get("申请行政复议").timeLimit()).contains("六十日");
            assertThat(penaltyRights.get("申请行政复议").text()).contains(DemoProcedures.reconsiderationOrgan(agency));
            assertThat(penaltyRights.get("提起行政诉讼").timeLimit()).contains("六个月");
        }
    }

    @Test
    void benchmarksGradeFourLevelsWithinTheLaw() {
        List<DemoBenchmarks.Benchmark> benchmarks = DemoBenchmarks.all();
        assertThat(benchmarks.stream().map(DemoBenchmarks.Benchmark::agency).distinct())
                .containsExactlyInAnyOrder(DemoAgency.values());
        assertThat(benchmarks).allSatisfy(b -> {
            assertThat(b.content().levels()).extracting(l -> l.grade()).containsExactly("轻微", "一般", "较重", "严重");
            assertValid(b.content());
        });
    }

    @Test
    void inspectionResultsBelongToRandomInspectionItemsAndCarryNoPersonalData() {
        List<DemoInspections.Result> results = DemoInspections.all(DecisionFactory.DEMO_SEED, ITEM_IDS);
        long flagged = DemoItems.all().stream().filter(i -> i.content().randomInspection() != null).count();
        assertThat(results).hasSize((int) flagged * 3 * 3);
        assertThat(results.stream().map(r -> r.content().outcome()).collect(Collectors.toSet()))
                .contains(InspectionOutcome.COMPLIANT, InspectionOutcome.RECTIFIED, InspectionOutcome.VIOLATION);
        List<Long> flaggedIds = new ArrayList<>();
        DemoItems.all().stream().filter(i -> i.content().randomInspection() != null)
                .forEach(i -> flaggedIds.add(ITEM_IDS.apply(i.agency(), i.key())));
        assertThat(results).allSatisfy(r -> {
            assertThat(flaggedIds).contains(r.content().enforcementItemId());
            assertThat(r.content().inspectedOn()).isBefore(TODAY.minusDays(20));
            assertThat(r.content().inspectedName()).doesNotContain("经营者");
            assertValid(r.content());
        });
    }

    private static void assertValid(Content content) {
        assertThat(ContentValidator.check(content, LAWS, TODAY)).as(content.title()).isEmpty();
    }
}
