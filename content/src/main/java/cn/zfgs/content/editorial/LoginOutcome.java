package cn.zfgs.content.editorial;

import java.time.Instant;

/** 登录结果 — what a sign-in attempt came to, with what the person at the screen may be told. */
public sealed interface LoginOutcome {

    /** Signed in. */
    record Accepted(StaffAccount account) implements LoginOutcome {
    }

    /**
     * The password was right and the account has a second factor: the 动态口令 is asked next. Nothing is cleared yet,
     * so wrong codes go on counting toward the lock with the wrong passwords before them.
     */
    record CodeRequired() implements LoginOutcome {
    }

    /** Wrong username, password or code; {@code attemptsLeft} before the account locks (0 when it just locked). */
    record Refused(int attemptsLeft, Instant lockedUntil) implements LoginOutcome {
    }

    /** Locked by earlier failures: no password is checked until {@code until}. */
    record Locked(Instant until) implements LoginOutcome {
    }

    /** Deactivated by an administrator. */
    record Inactive() implements LoginOutcome {
    }
}
