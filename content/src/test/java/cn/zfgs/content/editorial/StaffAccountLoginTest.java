package cn.zfgs.content.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 登录锁定: five wrong passwords in a row lock an account for fifteen minutes; nothing is checked meanwhile. */
class StaffAccountLoginTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static StaffAccount account() {
        return new StaffAccount("sjj.editor", "王芳", "hash", 1L, Set.of(StaffRole.EDITOR), T0);
    }

    @Test
    void theRightPasswordSignsIn() {
        StaffAccount account = account();
        assertThat(account.attemptLogin(true, T0)).isEqualTo(new LoginOutcome.Accepted(account));
    }

    @Test
    void eachWrongPasswordSaysHowManyAttemptsAreLeftAndTheFifthLocks() {
        StaffAccount account = account();
        for (int left = 4; left >= 1; left--) {
            assertThat(account.attemptLogin(false, T0)).isEqualTo(new LoginOutcome.Refused(left, null));
        }
        Instant until = T0.plus(Duration.ofMinutes(15));
        assertThat(account.attemptLogin(false, T0)).isEqualTo(new LoginOutcome.Refused(0, until));
        assertThat(account.attemptLogin(true, T0.plusSeconds(60))).as("even the right password waits")
                .isEqualTo(new LoginOutcome.Locked(until));
        assertThat(account.attemptLogin(true, until)).isEqualTo(new LoginOutcome.Accepted(account));
    }

    @Test
    void aSuccessClearsTheCount() {
        StaffAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.attemptLogin(false, T0);
        }
        account.attemptLogin(true, T0);
        assertThat(account.attemptLogin(false, T0)).isEqualTo(new LoginOutcome.Refused(4, null));
    }

    @Test
    void afterALockExpiresCountingStartsAgain() {
        StaffAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.attemptLogin(false, T0);
        }
        assertThat(account.attemptLogin(false, T0.plus(Duration.ofMinutes(16))))
                .isEqualTo(new LoginOutcome.Refused(4, null));
    }
}
