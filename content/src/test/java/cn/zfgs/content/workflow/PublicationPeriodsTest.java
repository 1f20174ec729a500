package cn.zfgs.content.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 公示期限: counted in months from first publication; the small-penalty rule of the market regulators comes first. */
class PublicationPeriodsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 31);
    private static final PublicationPeriods MARKET_RULE = new PublicationPeriods(Map.of(DecisionType.PENALTY, 36),
            new PublicationPeriods.MinorPenalty(new BigDecimal("1000"), new BigDecimal("10000"), 3));

    private static DecisionContent decision(DecisionType type, PartyKind party, String fine, String confiscated,
            boolean licenceRevoked) {
        return new DecisionContent("某市监罚〔2024〕12号", type, "当事人", party, null, 1L, "违法事实",
                List.of("《中华人民共和国食品安全法》第一百二十四条"), "处理结果", fine == null ? null : new BigDecimal(fine),
                confiscated == null ? null : new BigDecimal(confiscated), LocalDate.of(2024, 1, 20), false,
                licenceRevoked);
    }

    @Test
    void withoutConfigurationNothingExpires() {
        assertThat(PublicationPeriods.none().expiresOn(decision(DecisionType.PENALTY, PartyKind.LEGAL_PERSON,
                "50000", null, false), PUBLISHED)).isEmpty();
        assertThat(PublicationPeriods.none().shortestMonths()).isEmpty();
    }

    @Test
    void aPenaltyIsShownForThreeYearsFromItsFirstPublication() {
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.PENALTY, PartyKind.LEGAL_PERSON, "50000", null, false),
                PUBLISHED)).contains(LocalDate.of(2027, 1, 31));
    }

    @Test
    void aWarningOrASmallFineIsShownForThreeMonths() {
        // 31 January plus three months is the last day of April.
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.PENALTY, PartyKind.NATURAL_PERSON, null, null, false),
                PUBLISHED)).contains(LocalDate.of(2024, 4, 30));
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.PENALTY, PartyKind.NATURAL_PERSON, "1000", null,
                false), PUBLISHED)).contains(LocalDate.of(2024, 4, 30));
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.PENALTY, PartyKind.LEGAL_PERSON, "10000", null,
                false), PUBLISHED)).contains(LocalDate.of(2024, 4, 30));
    }

    @Test
    void aFineAboveTheThresholdAConfiscationOrARevokedLicenceIsNoSmallPenalty() {
        LocalDate threeYears = LocalDate.of(2027, 1, 31);
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.PENALTY, PartyKind.NATURAL_PERSON, "1000.01", null,
                false), PUBLISHED)).contains(threeYears);
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.PENALTY, PartyKind.LEGAL_PERSON, "500", "200",
                false), PUBLISHED)).contains(threeYears);
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.PENALTY, PartyKind.LEGAL_PERSON, null, null, true),
                PUBLISHED)).contains(threeYears);
    }

    @Test
    void typesWithoutAPeriodStayUntilWithdrawn() {
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.LICENSING, PartyKind.LEGAL_PERSON, null, null, false),
                PUBLISHED)).isEmpty();
        assertThat(MARKET_RULE.expiresOn(decision(DecisionType.COERCION, PartyKind.NATURAL_PERSON, null, null, false),
                PUBLISHED)).isEmpty();
    }

    @Test
    void theShortestPeriodBoundsWhatCanHaveExpired() {
        assertThat(MARKET_RULE.shortestMonths()).contains(3);
        assertThat(new PublicationPeriods(Map.of(DecisionType.PENALTY, 36, DecisionType.LICENSING, 60), null)
                .shortestMonths()).contains(36);
        assertThat(new PublicationPeriods(Map.of(),
                new PublicationPeriods.MinorPenalty(BigDecimal.ONE, BigDecimal.TEN, 6)).shortestMonths()).contains(6);
    }

    @Test
    void periodsOutsideOneMonthToFiftyYearsAreRefusedNamingTheType() {
        assertThatThrownBy(() -> new PublicationPeriods(Map.of(DecisionType.PENALTY, 0), null))
                .hasMessage("行政处罚决定的公示期限必须在 1 至 600 个月之间");
        assertThatThrownBy(() -> new PublicationPeriods(Map.of(DecisionType.LICENSING, 601), null))
                .hasMessage("行政许可决定的公示期限必须在 1 至 600 个月之间");
        assertThatThrownBy(() -> new PublicationPeriods.MinorPenalty(BigDecimal.ONE, BigDecimal.TEN, 0))
                .hasMessage("较低数额罚款的公示期限必须在 1 至 600 个月之间");
        assertThatThrownBy(() -> new PublicationPeriods.MinorPenalty(new BigDecimal("-1"), BigDecimal.TEN, 3))
                .hasMessage("较低数额罚款的标准不能为负数");
    }

    @Test
    void aSmallPenaltyCannotOutlastAnOrdinaryOne() {
        assertThatThrownBy(() -> new PublicationPeriods(Map.of(DecisionType.PENALTY, 3),
                new PublicationPeriods.MinorPenalty(BigDecimal.ONE, BigDecimal.TEN, 6)))
                .hasMessage("较低数额罚款的公示期限不能长于行政处罚决定的公示期限");
    }
}
