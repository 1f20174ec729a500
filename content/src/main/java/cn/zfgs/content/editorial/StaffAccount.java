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
     * 登录锁定: the {@link #MAX_FAILED_LOGINS}th wrong password in a row locks the account for {@link #LOCK_DURATION};
     * while locked no password is even checked, so guessing cannot go on. A success clears the count.
     */
    public LoginOutcome attemptLogin(boolean passwordMatches, Instant now) {
        if (!active) {
            return new LoginOutcome.Inactive();
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new LoginOutcome.Locked(lockedUntil);
        }
        if (passwordMatches) {
            failedLogins = 0;
            lockedUntil = null;
            return new LoginOutcome.Accepted(this);
        }
        failedLogins = lockedUntil != null ? 1 : failedLogins + 1;
        lockedUntil = null;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            return new LoginOutcome.Refused(0, lockedUntil);
        }
        return new LoginOutcome.Refused(MAX_FAILED_LOGINS - failedLogins, null);
    }

    /** The actor as the workflow rules see it. */
    public Actor asActor() {
        return new Actor(id, displayName, agencyId, roles(), grantedAgencyIds());
    }
}
