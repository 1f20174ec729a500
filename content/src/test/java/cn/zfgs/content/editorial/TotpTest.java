package cn.zfgs.content.editorial;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** 动态口令: RFC 6238 as authenticator apps compute it, checked against the RFC's own test vectors. */
class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII of "12345678901234567890". */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String SEED_BASE32 = new Base32().encodeToString(SEED);

    @Test
    void theEightDigitVectorsOfRfc6238() {
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59L)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109L)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111111L)), 8)).isEqualTo("14050471");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890L)), 8)).isEqualTo("89005924");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(2000000000L)), 8)).isEqualTo("69279037");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheSameTruncation() {
        assertThat(Totp.code(SEED_BASE32, Totp.step(Instant.ofEpochSecond(59L)))).isEqualTo("287082");
        assertThat(Totp.code(SEED_BASE32, Totp.step(Instant.ofEpochSecond(1111111109L)))).isEqualTo("081804");
        assertThat(Totp.code(SEED_BASE32, Totp.step(Instant.ofEpochSecond(1234567890L)))).isEqualTo("005924");
    }

    @Test
    void aCodeIsAcceptedForItsStepAndOneEitherSideOnly() {
        Instant at = Instant.ofEpochSecond(1234567890L);
        long now = Totp.step(at);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.matchingStep(SEED_BASE32, Totp.code(SEED_BASE32, now + offset), at))
                    .isEqualTo(OptionalLong.of(now + offset));
        }
        assertThat(Totp.matchingStep(SEED_BASE32, Totp.code(SEED_BASE32, now - 2), at)).isEmpty();
        assertThat(Totp.matchingStep(SEED_BASE32, Totp.code(SEED_BASE32, now + 2), at)).isEmpty();
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        Instant at = Instant.ofEpochSecond(59L);
        assertThat(Totp.matchingStep(SEED_BASE32, "287 082", at)).isPresent();
        assertThat(Totp.matchingStep(SEED_BASE32, "28708", at)).isEmpty();
        assertThat(Totp.matchingStep(SEED_BASE32, "94287082", at)).isEmpty();
        assertThat(Totp.matchingStep(SEED_BASE32, "２８７０８２", at)).as("full-width digits").isEmpty();
        assertThat(Totp.matchingStep(SEED_BASE32, null, at)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsOfBase32AndTheKeyUriNamesThem() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.keyUri("执法公示工作平台", "admin", secret))
                .startsWith("otpauth://totp/%E6%89%A7").contains(":admin?secret=" + secret)
                .endsWith("&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
