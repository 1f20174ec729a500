package cn.zfgs.content.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 重大执法决定认定: hearing held or licence revoked is always major; otherwise fine plus confiscation against the
 * threshold for the party (natural persons 10,000 yuan, legal persons and other organisations 100,000 yuan).
 */
class MajorDecisionPolicyTest {

    private static final MajorDecisionPolicy DEFAULTS = MajorDecisionPolicy.defaults();

    private static DecisionContent decision(PartyKind party, String fine, String confiscated, boolean hearingHeld,
            boolean licenceRevoked) {
        return new DecisionContent("某市监罚〔2024〕12号", DecisionType.PENALTY, "当事人", party, null, 1L,
                "违法事实", List.of("《中华人民共和国食品安全法》第一百二十四条"), "罚款",
                fine == null ? null : new BigDecimal(fine), confiscated == null ? null : new BigDecimal(confiscated),
                LocalDate.of(2024, 3, 1), hearingHeld, licenceRevoked);
    }

    private static DecisionContent amounts(PartyKind party, String fine, String confiscated) {
        return decision(party, fine, confiscated, false, false);
    }

    @Test
    void theDefaultsAreTheCommonProvincialThresholds() {
        assertThat(DEFAULTS.naturalPersonFine()).isEqualByComparingTo("10000");
        assertThat(DEFAULTS.organisationFine()).isEqualByComparingTo("100000");
    }

    @ParameterizedTest
    @EnumSource(PartyKind.class)
    void aHearingHeldMakesADecisionMajorWhateverTheAmount(PartyKind party) {
        assertThat(DEFAULTS.isMajor(decision(party, null, null, true, false))).isTrue();
        assertThat(DEFAULTS.isMajor(decision(party, "0", "0", true, false))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PartyKind.class)
    void aRevokedLicenceMakesADecisionMajorWhateverTheAmount(PartyKind party) {
        assertThat(DEFAULTS.isMajor(decision(party, null, null, false, true))).isTrue();
        assertThat(DEFAULTS.isMajor(decision(party, "200", null, false, true))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PartyKind.class)
    void noHearingNoRevocationAndNoAmountIsNotMajor(PartyKind party) {
        assertThat(DEFAULTS.isMajor(amounts(party, null, null))).isFalse();
        assertThat(DEFAULTS.isMajor(amounts(party, "0", "0"))).isFalse();
    }

    @ParameterizedTest(name = "natural person: fine {0} + confiscated {1} → major {2}")
    @CsvSource(nullValues = "null", value = {
        "9999.99, null, false",
        "10000, null, true",
        "10000.00, null, true",
        "null, 10000, true",
        "null, 9999, false",
        "6000, 4000, true",
        "6000, 3999.99, false",
        "5000, 5000.01, true",
        "50000, null, true",
    })
    void aNaturalPersonsFinePlusConfiscationCountsFromTenThousand(String fine, String confiscated, boolean major) {
        assertThat(DEFAULTS.isMajor(amounts(PartyKind.NATURAL_PERSON, fine, confiscated))).isEqualTo(major);
    }

    @ParameterizedTest(name = "{0}: fine {1} + confiscated {2} → major {3}")
    @CsvSource(nullValues = "null", value = {
        "LEGAL_PERSON, 99999.99, null, false",
        "LEGAL_PERSON, 100000, null, true",
        "LEGAL_PERSON, null, 100000, true",
        "LEGAL_PERSON, 60000, 40000, true",
        "LEGAL_PERSON, 60000, 39999, false",
        "LEGAL_PERSON, 10000, null, false",
        "OTHER_ORGANIZATION, 99999, null, false",
        "OTHER_ORGANIZATION, 100000.00, null, true",
        "OTHER_ORGANIZATION, 50000, 50000, true",
    })
    void anOrganisationsFinePlusConfiscationCountsFromOneHundredThousand(PartyKind party, String fine,
            String confiscated, boolean major) {
        assertThat(DEFAULTS.isMajor(amounts(party, fine, confiscated))).isEqualTo(major);
    }

    @Test
    void anAgencyMayConfigureItsOwnThresholds() {
        MajorDecisionPolicy strict = new MajorDecisionPolicy(new BigDecimal("2000"), new BigDecimal("30000"), Set.of());

        assertThat(strict.isMajor(amounts(PartyKind.NATURAL_PERSON, "2000", null))).isTrue();
        assertThat(strict.isMajor(amounts(PartyKind.NATURAL_PERSON, "1999", null))).isFalse();
        assertThat(strict.isMajor(amounts(PartyKind.LEGAL_PERSON, "30000", null))).isTrue();
        assertThat(strict.isMajor(amounts(PartyKind.LEGAL_PERSON, "29999", null))).isFalse();
        assertThat(DEFAULTS.isMajor(amounts(PartyKind.LEGAL_PERSON, "30000", null))).isFalse();
    }

    @Test
    void anAgencyMayMakeWholeDecisionTypesMajor() {
        MajorDecisionPolicy coercionAlwaysMajor = new MajorDecisionPolicy(new BigDecimal("10000"),
                new BigDecimal("100000"), Set.of(DecisionType.COERCION));
        DecisionContent seizure = new DecisionContent("某市监强〔2024〕3号", DecisionType.COERCION, "当事人",
                PartyKind.LEGAL_PERSON, null, 1L, "违法事实", List.of("《中华人民共和国食品安全法》第一百一十条"),
                "查封", null, null, LocalDate.of(2024, 3, 1), false, false);

        assertThat(coercionAlwaysMajor.isMajor(seizure)).isTrue();
        assertThat(DEFAULTS.isMajor(seizure)).isFalse();
        assertThat(coercionAlwaysMajor.isMajor(amounts(PartyKind.LEGAL_PERSON, "500", null))).isFalse();
    }

    @Test
    void thresholdsMustBePositive() {
        assertThatThrownBy(() -> new MajorDecisionPolicy(BigDecimal.ZERO,
                new BigDecimal("100000"), Set.of())).hasMessage("重大执法决定的罚没金额标准必须大于零");
    }
}
