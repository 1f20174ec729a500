package cn.zfgs.content.editorial;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/** 工作人员账号 — a staff member: own agency, roles, and agencies granted beyond it. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "agency_id")
    private Long agencyId;
    private boolean active;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The base32 secret of an enrolled 动态口令; null without a second factor. */
    @Column(name = "totp_secret")
    private String totpSecret;
    /** A secret shown for enrolment, kept only until a code from it confirms that the app has it. */
    @Column(name = "totp_pending_secret")
    private String totpPendingSecret;
    /** The step of the last code accepted: that code, and any older one, is not accepted again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_scope_grant", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "agency_id")
    private Set<Long> grantedAgencyIds = new HashSet<>();

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, String passwordHash, Long agencyId,
            Set<StaffRole> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.agencyId = agencyId;
        this.roles = new HashSet<>(roles);
        this.active = true;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Long agencyId() {
        return agencyId;
    }

    public boolean active() {
        return active;
    }

    public Set<StaffRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> grantedAgencyIds() {
        return Set.copyOf(grantedAgencyIds);
    }

    public void grantAgency(Long agencyId) {
        grantedAgencyIds.add(agencyId);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Whether a run of wrong passwords keeps this account out at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** An administrator's change of who this is, where they work and what they may do; the username stays. */
    public void assign(String displayName, Long agencyId, Set<StaffRole> roles, Set<Long> grantedAgencyIds) {
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles.clear();
        this.roles.addAll(roles);
        this.grantedAgencyIds.clear();
        this.grantedAgencyIds.addAll(grantedAgencyIds);
    }

    /** 重置密码: a new password set by an administrator also lifts a lock, which is why one is asked for. */
    public void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        unlock();
    }

    /** 解锁 before the lock runs out. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** 停用 or 启用: a deactivated account cannot sign in, and its sessions end at their next request. */
    public void setActive(boolean active) {
        this.active = active;
    }

    /**
     * 登录锁定: the {@link #MAX_FAILED_LOGINS}th wrong password or code in a row locks the account for
     * {@link #LOCK_DURATION}; while locked nothing is even checked, so guessing cannot go on. A complete sign-in clears
     * the count; with a second factor the right password alone does not, or re-entering it would reset the count of
     * wrong codes.
     */
    public LoginOutcome attemptLogin(boolean passwordMatches, Instant now) {
        if (!active) {
            return new LoginOutcome.Inactive();
        }
        if (lockedAt(now)) {
            return new LoginOutcome.Locked(lockedUntil);
        }
        if (passwordMatches) {
            return secondFactorEnabled() ? new LoginOutcome.CodeRequired() : accepted();
        }
        return failed(now);
    }

    /**
     * 动态口令, the second step after the password: a code of the enrolled secret within one step of {@code now}
     * that is newer than the last one accepted, so a code seen over someone's shoulder cannot be used again.
     */
    public LoginOutcome attemptCode(String code, Instant now) {
        if (!active) {
            return new LoginOutcome.Inactive();
        }
        if (lockedAt(now)) {
            return new LoginOutcome.Locked(lockedUntil);
        }
        OptionalLong step = secondFactorEnabled() ? Totp.matchingStep(totpSecret, code, now) : OptionalLong.empty();
        if (step.isPresent() && fresh(step.getAsLong())) {
            totpLastStep = step.getAsLong();
            return accepted();
        }
        return failed(now);
    }

    private LoginOutcome accepted() {
        failedLogins = 0;
        lockedUntil = null;
        return new LoginOutcome.Accepted(this);
    }

    private LoginOutcome failed(Instant now) {
        failedLogins = lockedUntil != null ? 1 : failedLogins + 1;
        lockedUntil = null;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            return new LoginOutcome.Refused(0, lockedUntil);
        }
        return new LoginOutcome.Refused(MAX_FAILED_LOGINS - failedLogins, null);
    }

    private boolean fresh(long step) {
        return totpLastStep == null || step > totpLastStep;
    }

    /** Whether signing in asks for a 动态口令 after the password. */
    public boolean secondFactorEnabled() {
        return totpSecret != null;
    }

    /** The secret being enrolled, shown to its owner until confirmed; null when no enrolment is under way. */
    public String pendingTotpSecret() {
        return totpPendingSecret;
    }

    /** 开始设置动态口令: a new secret to put into an app; the current second factor, if any, stays until confirmed. */
    public String beginTotpEnrolment() {
        totpPendingSecret = Totp.newSecret();
        return totpPendingSecret;
    }

    /**
     * 完成设置: only a correct code from the pending secret turns it on, proving that the app holds it; the code
     * used here is spent like one used to sign in.
     */
    public boolean confirmTotpEnrolment(String code, Instant now) {
        if (totpPendingSecret == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(totpPendingSecret, code, now);
        if (step.isEmpty()) {
            return false;
        }
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpLastStep = step.getAsLong();
        return true;
    }

    /** 关闭动态口令 by its owner, who shows a current, unused code of it first. */
    public boolean disableTotp(String code, Instant now) {
        if (!secondFactorEnabled()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(totpSecret, code, now);
        if (step.isEmpty() || !fresh(step.getAsLong())) {
            return false;
        }
        resetTotp();
        return true;
    }

    /** 重置动态口令, by an administrator for someone who lost their phone: the next sign-in needs the password only. */
    public void resetTotp() {
        totpSecret = null;
        totpPendingSecret = null;
        totpLastStep = null;
    }

    /** The actor as the workflow rules see it. */
    public Actor asActor() {
        return new Actor(id, displayName, agencyId, roles(), grantedAgencyIds());
    }
}
