package cn.zfgs.content.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * 登录会话 — a signed-in staff member's session. Only the SHA-256 of the cookie's random token is stored, so a copy
 * of the table signs nobody in. It ends on logout, after {@code idle} without a request, or {@code absolute} after
 * sign-in, whichever comes first; each session carries its own anti-forgery (CSRF) token for forms. A session made by
 * the right password of an account with a 动态口令 is {@linkplain #awaitingCode() awaiting its code}: it opens nothing
 * but the code page, and lives {@link #CODE_WAIT} at most.
 */
@Entity
@Table(name = "staff_session")
public class StaffSession {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "csrf_token")
    private String csrfToken;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "awaiting_code")
    private boolean awaitingCode;

    /** How long the code page waits after the password; then the password is asked again. */
    public static final Duration CODE_WAIT = Duration.ofMinutes(5);

    protected StaffSession() {
    }

    public StaffSession(String tokenHash, Long staffId, String csrfToken, Instant now) {
        this(tokenHash, staffId, csrfToken, now, false);
    }

    public StaffSession(String tokenHash, Long staffId, String csrfToken, Instant now, boolean awaitingCode) {
        this.awaitingCode = awaitingCode;
        this.tokenHash = tokenHash;
        this.staffId = staffId;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    public boolean liveAt(Instant now, Duration idle, Duration absolute) {
        if (awaitingCode && !now.isBefore(createdAt.plus(CODE_WAIT))) {
            return false;
        }
        return endedAt == null && now.isBefore(lastSeenAt.plus(idle)) && now.isBefore(createdAt.plus(absolute));
    }

    public void seen(Instant now) {
        lastSeenAt = now;
    }

    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    /** Password accepted, 动态口令 not yet: admits to the code page only. */
    public boolean awaitingCode() {
        return awaitingCode;
    }

    public Long staffId() {
        return staffId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
