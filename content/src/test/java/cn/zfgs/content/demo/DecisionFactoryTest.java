package cn.zfgs.content.demo;

import cn.zfgs.content.demo.DecisionFactory.GeneratedDecision;
import cn.zfgs.content.demo.DemoParties.Planted;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LegalBasisCheck;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.redaction.Redactor;
import cn.zfgs.content.workflow.ContentValidator;
import cn.zfgs.content.workflow.MajorDecisionPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionFactoryTest {

    static final LawCatalogue LAWS = LawCatalogue.shipped();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final List<DecisionSchedule.Slot> SLOTS = DemoContentLoader.slots();
    static final List<GeneratedDecision> DEMO = generate(DecisionFactory.DEMO_SEED);

    static DecisionFactory factory(long seed) {
        return new DecisionFactory(seed, (agency, key) -> 1000L + DemoItems.all().indexOf(DemoItems.find(agency, key)));
    }

    static List<GeneratedDecision> generate(long seed) {
        DecisionFactory factory = factory(seed);
        return SLOTS.stream().map(factory::decision).toList();
    }

    @Test
    void theDemoHasTheAdvertisedSize() {
        assertThat(DEMO).hasSize(DemoContentLoader.DECISIONS + DemoContentLoader.RECENT_DECISIONS)
                .hasSizeGreaterThanOrEqualTo(200);
        assertThat(DEMO.get(0).content().decisionDate()).isEqualTo(DemoContentLoader.FIRST_DECISION);
        assertThat(DEMO).allSatisfy(d -> assertThat(d.content().decisionDate())
                .isBetween(LocalDate.of(2024, 1, 1), DemoContentLoader.LAST_DECISION));
    }

    @Test
    void theSameSeedAndSlotGiveTheSameDecisionWhateverCameBefore() {
        assertThat(generate(DecisionFactory.DEMO_SEED)).isEqualTo(DEMO);
        assertThat(factory(DecisionFactory.DEMO_SEED).decision(SLOTS.get(57))).isEqualTo(DEMO.get(57));
        assertThat(generate(DecisionFactory.DEMO_SEED + 1)).isNotEqualTo(DEMO);
    }

    @Test
    void everyDecisionTypeAndPartyKindOccurs() {
        assertThat(DEMO.stream().map(d -> d.content().decisionType()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DecisionType.values());
        assertThat(DEMO.stream().map(d -> d.content().partyKind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PartyKind.values());
        assertThat(DEMO.stream().map(d -> d.content().documentNumber()).distinct()).hasSize(DEMO.size());
        DecisionScheduleTest.assertNumbersCountUp(SLOTS);
    }

    @Test
    void everyDecisionPassesTheWorkflowsValidation() {
        assertThat(DEMO).allSatisfy(d -> {
            assertThat(ContentValidator.check(d.content(), LAWS, TODAY)).as(d.content().documentNumber()).isEmpty();
            assertThat(ContentValidator.check(d.redacted(), LAWS, TODAY)).isEmpty();
        });
    }

    @Test
    void everyLegalBasisIsAnArticleOfTheCatalogueInItsCanonicalForm() {
        Set<String> cited = DEMO.stream().flatMap(d -> d.content().legalBases().stream()).collect(Collectors.toSet());
        assertThat(cited).hasSizeGreaterThan(40).allSatisfy(citation -> {
            LegalBasisCheck check = LAWS.check(citation);
            assertThat(check.isValid()).as(citation + ": " + check.error().orElse("")).isTrue();
            assertThat(check.citation()).isEqualTo(citation);
        });
    }

    @Test
    void everyPlantedPersonalValueIsCoveredBySpansInEveryField() {
        List<GeneratedDecision> people = DEMO.stream().filter(d -> !d.personalData().isEmpty()).toList();
        assertThat(people).hasSizeGreaterThan(40);
        assertThat(people).anyMatch(d -> d.content().partyKind() == PartyKind.NATURAL_PERSON)
                .anyMatch(d -> d.content().partyKind() == PartyKind.INDIVIDUAL_BUSINESS);
        for (GeneratedDecision d : people) {
            DecisionContent raw = d.content();
            String name = d.personalData().get(0).value();
            assertThat(List.of(raw.partyName(), raw.facts(), raw.result())).allMatch(text -> text.contains(name));
            assertThat(d.personalData()).allMatch(p -> raw.facts().contains(p.value()));
            assertThat(d.personalData().stream().map(Planted::category)).containsExactly(RedactionCategory.PERSON_NAME,
                    RedactionCategory.ID_NUMBER, RedactionCategory.PHONE, RedactionCategory.ADDRESS);
            assertThat(DemoCodes.isValidIdNumber(d.personalData().get(1).value())).isTrue();

            DecisionContent projected = (DecisionContent) Redactor.project(raw, d.spans());
            for (Planted planted : d.personalData()) {
                assertThat(projected.redactableFields().values()).as(raw.documentNumber())
                        .noneMatch(text -> text.contains(planted.value()));
            }
            String redactedName = d.personalData().get(0).replacement();
            assertThat(redactedName).matches("\\p{IsHan}{1,2}某{1,2}");
            assertThat(List.of(projected.partyName(), projected.facts(), projected.result()))
                    .allMatch(text -> text.contains(redactedName));
            assertThat(projected.facts()).contains("××××××××××××××××××", "×××××××××××",
                    d.personalData().get(3).replacement());
            assertThat(raw.partyCreditCode() == null).isEqualTo(raw.partyKind() == PartyKind.NATURAL_PERSON);
        }
    }

    @Test
    void spansCoverExactlyThePlantedValues() {
        for (GeneratedDecision d : DEMO) {
            Set<String> planted = d.personalData().stream().map(Planted::value).collect(Collectors.toSet());
            for (RedactionSpan span : d.spans()) {
                String text = d.content().redactableFields().get(span.field());
                assertThat(planted).contains(text.substring(span.start(), span.end()));
            }
        }
    }

    @Test
    void organisationsStayPublicWithValidCodes() {
        List<GeneratedDecision> organisations = DEMO.stream().filter(d -> d.personalData().isEmpty()).toList();
        assertThat(organisations).allSatisfy(d -> {
            assertThat(d.spans()).isEmpty();
            assertThat(d.redacted()).isEqualTo(d.content());
            assertThat(DemoCodes.isValidCreditCode(d.content().partyCreditCode())).isTrue();
        });
    }

    @Test
    void amountsAgreeWithTheResultText() {
        for (GeneratedDecision d : DEMO) {
            DecisionContent c = d.content();
            if (c.fineAmount() != null) {
                assertThat(c.result()).contains("罚款人民币" + CaseFile.money(c.fineAmount()));
            } else {
                assertThat(c.result()).doesNotContain("罚款人民币");
            }
            if (c.confiscatedAmount() != null) {
                assertThat(c.result()).contains("没收违法所得人民币" + CaseFile.money(c.confiscatedAmount()));
            } else {
                assertThat(c.result()).doesNotContain("没收违法所得人民币");
            }
            assertThat(c.fineAmount() != null || c.confiscatedAmount() != null)
                    .isEqualTo(c.result().contains("将罚没款缴至指定银行"));
        }
    }

    @Test
    void someDecisionsAreMajorForEachReason() {
        MajorDecisionPolicy policy = MajorDecisionPolicy.defaults();
        assertThat(DEMO.stream().filter(d -> policy.isMajor(d.content()))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(DEMO).filteredOn(d -> d.content().hearingHeld()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(DEMO).filteredOn(d -> d.content().licenceRevoked()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(DEMO).anyMatch(d -> d.content().partyKind() == PartyKind.NATURAL_PERSON
                && policy.isMajor(d.content()));
        assertThat(DEMO).filteredOn(d -> d.content().hearingHeld())
                .allMatch(d -> d.content().legalBases().contains("《行政处罚法》第六十四条"));
    }

    @Test
    void everyAgencyAndTypeHasCasesFiledUnderItsOwnItems() {
        for (DemoAgency agency : DemoAgency.values()) {
            for (DecisionType type : agency.decisionTypes()) {
                List<Scenario> cases = DecisionFactory.scenarios(agency, type);
                assertThat(cases).as(agency + " " + type).isNotEmpty();
                assertThat(cases).allSatisfy(s -> assertThat(DemoItems.find(agency, s.itemKey()).content().itemType())
                        .isEqualTo(type));
            }
            Set<DecisionType> others = EnumSet.complementOf(EnumSet.copyOf(agency.decisionTypes()));
            assertThat(others).allMatch(type -> DecisionFactory.scenarios(agency, type).isEmpty());
        }
    }

    @Property(tries = 300)
    void anySlotGivesAValidDecisionThatLeaksNothing(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 5_000_000_000L) long index, @ForAll DemoAgency agency,
            @ForAll @IntRange(min = 0, max = 6) int typeChoice, @ForAll @IntRange(min = 0, max = 6_000) int days) {
        DecisionType type = agency.decisionTypes().get(typeChoice % agency.decisionTypes().size());
        LocalDate date = LocalDate.of(2010, 1, 4).plusDays(days);
        DecisionSchedule.Slot slot = new DecisionSchedule.Slot(index, agency, type, date,
                agency.documentNumber(type, date.getYear(), 1 + (int) (index % 5000)));

        GeneratedDecision d = factory(seed).decision(slot);

        assertThat(ContentValidator.check(d.content(), LAWS, TODAY)).isEmpty();
        assertThat(DecisionFactory.leaks(d)).isFalse();
        assertThat(d.content().decisionType()).isEqualTo(type);
        assertThat(d.content().enforcementItemId()).isNotNull();
    }
}
