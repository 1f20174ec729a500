package cn.zfgs.content.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * 推送接口密钥 — lets one agency's case-handling system push decisions. Only the key's SHA-256 is stored (the key is
 * shown once, when created); pushes act as the key's own editor account, which cannot sign in.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agency_id")
    private Long agencyId;
    private String name;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "key_prefix")
    private String keyPrefix;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_by")
    private Long revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(Long agencyId, String name, String keyHash, String keyPrefix, Long accountId, Long createdBy,
            Instant createdAt) {
        this.agencyId = agencyId;
        this.name = name;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.accountId = accountId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void revoke(Long by, Instant at) {
        revokedBy = by;
        revokedAt = at;
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
