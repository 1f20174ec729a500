package cn.zfgs.content.demo;

import cn.zfgs.content.model.CreditCode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCodesTest {

    @Test
    void acceptsTheStandardsOwnExamples() {
        assertThat(DemoCodes.isValidIdNumber("11010519491231002X")).isTrue();
        assertThat(DemoCodes.isValidIdNumber("110105194912310021")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(DemoCodes.organisationCheck("M000100Y")).isEqualTo('4');
    }

    @Property
    void generatedIdNumbersAreValidAndCarryBirthAndSex(@ForAll long seed, @ForAll boolean male,
            @ForAll @IntRange(min = 0, max = 20_000) int days) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(days);
        String id = DemoCodes.idNumber("360124", birth, male, new Random(seed));

        assertThat(DemoCodes.isValidIdNumber(id)).isTrue();
        assertThat(id).startsWith("360124" + birth.toString().replace("-", ""));
        assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(male);
    }

    @Property
    void generatedCreditCodesPassBothCheckCharacters(@ForAll long seed) {
        String code = DemoCodes.creditCode("91", "360124", "MA", new Random(seed));

        assertThat(code).hasSize(18).startsWith("91360124MA");
        assertThat(DemoCodes.isValidCreditCode(code)).isTrue();
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void aChangedCharacterIsCaught() {
        String code = DemoCodes.creditCode("11", "360000", "MB", new Random(1));
        String changed = code.substring(0, 12) + (code.charAt(12) == '1' ? '2' : '1') + code.substring(13);

        assertThat(DemoCodes.isValidCreditCode(changed)).isFalse();
        assertThat(DemoCodes.isValidCreditCode(DemoCodes.complete(changed.substring(0, 16)))).isTrue();
    }
}
