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

    private static StaffAccount enrolled() {
        StaffAccount account = account();
        String secret = account.beginTotpEnrolment();
        assertThat(account.secondFactorEnabled()).as("not before a code confirms it").isFalse();
        assertThat(account.confirmTotpEnrolment("000000".equals(Totp.code(secret, Totp.step(T0))) ? "111111"
                : "000000", T0)).as("a wrong code does not enrol").isFalse();
        assertThat(account.confirmTotpEnrolment(Totp.code(secret, Totp.step(T0)), T0)).isTrue();
        assertThat(account.pendingTotpSecret()).isNull();
        return account;
    }

    @Test
    void withASecondFactorThePasswordAloneDoesNotSignIn() {
        StaffAccount account = account();
        String secret = account.beginTotpEnrolment();
        account.confirmTotpEnrolment(Totp.code(secret, Totp.step(T0)), T0);
        Instant later = T0.plusSeconds(120);
        assertThat(account.attemptLogin(true, later)).isEqualTo(new LoginOutcome.CodeRequired());
        assertThat(account.attemptCode(Totp.code(secret, Totp.step(later)), later))
                .isEqualTo(new LoginOutcome.Accepted(account));
    }

    @Test
    void aCodeIsAcceptedOnceAndNoOlderCodeAfterIt() {
        StaffAccount account = account();
        String secret = account.beginTotpEnrolment();
        account.confirmTotpEnrolment(Totp.code(secret, Totp.step(T0)), T0);
        assertThat(account.attemptCode(Totp.code(secret, Totp.step(T0)), T0.plusSeconds(5)))
                .as("the code that confirmed enrolment is spent").isEqualTo(new LoginOutcome.Refused(4, null));
        Instant later = T0.plusSeconds(300);
        String current = Totp.code(secret, Totp.step(later));
        assertThat(account.attemptCode(current, later)).isEqualTo(new LoginOutcome.Accepted(account));
        assertThat(account.attemptCode(current, later.plusSeconds(10))).as("the same code again")
                .isEqualTo(new LoginOutcome.Refused(4, null));
        assertThat(account.attemptCode(Totp.code(secret, Totp.step(later) - 1), later.plusSeconds(10)))
                .as("an older code still within tolerance").isEqualTo(new LoginOutcome.Refused(3, null));
    }

    @Test
    void wrongCodesCountWithWrongPasswordsTowardTheLockAndThePasswordDoesNotClearThem() {
        StaffAccount account = enrolled();
        Instant later = T0.plusSeconds(600);
        account.attemptLogin(false, later);
        account.attemptLogin(false, later);
        assertThat(account.attemptLogin(true, later)).isEqualTo(new LoginOutcome.CodeRequired());
        assertThat(account.attemptCode("12345", later)).isEqualTo(new LoginOutcome.Refused(2, null));
        assertThat(account.attemptLogin(true, later)).isEqualTo(new LoginOutcome.CodeRequired());
        assertThat(account.attemptCode("abcdef", later)).isEqualTo(new LoginOutcome.Refused(1, null));
        Instant until = later.plus(StaffAccount.LOCK_DURATION);
        assertThat(account.attemptCode("", later)).isEqualTo(new LoginOutcome.Refused(0, until));
        assertThat(account.attemptLogin(true, later)).isEqualTo(new LoginOutcome.Locked(until));
        assertThat(account.attemptCode("000000", later)).isEqualTo(new LoginOutcome.Locked(until));
    }

    @Test
    void disablingNeedsACurrentCodeAndResetClearsEverything() {
        StaffAccount account = account();
        String secret = account.beginTotpEnrolment();
        account.confirmTotpEnrolment(Totp.code(secret, Totp.step(T0)), T0);
        Instant later = T0.plusSeconds(90);
        assertThat(account.disableTotp("12x456", later)).isFalse();
        assertThat(account.disableTotp(Totp.code(secret, Totp.step(later)), later)).isTrue();
        assertThat(account.secondFactorEnabled()).isFalse();
        assertThat(account.attemptLogin(true, later)).isEqualTo(new LoginOutcome.Accepted(account));

        String again = account.beginTotpEnrolment();
        account.confirmTotpEnrolment(Totp.code(again, Totp.step(later)), later);
        account.resetTotp();
        assertThat(account.secondFactorEnabled()).isFalse();
        assertThat(account.pendingTotpSecret()).isNull();
        assertThat(account.attemptLogin(true, later)).isEqualTo(new LoginOutcome.Accepted(account));
    }
}
