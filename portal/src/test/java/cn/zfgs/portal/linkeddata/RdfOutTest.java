package cn.zfgs.portal.linkeddata;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Decimals are written canonical, the form TDB2 gives back, so that what was written can be deleted again. */
class RdfOutTest {

    @Test
    void decimalsAreCanonical() {
        assertThat(RdfOut.canonical(new BigDecimal("18000.00"))).isEqualTo("18000.0");
        assertThat(RdfOut.canonical(new BigDecimal("4850.50"))).isEqualTo("4850.5");
        assertThat(RdfOut.canonical(new BigDecimal("12.25"))).isEqualTo("12.25");
        assertThat(RdfOut.canonical(new BigDecimal("0.00"))).isEqualTo("0.0");
    }
}
