package cn.zfgs.admin.push;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.importing.ApiKey;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 推送接口密钥 — created and revoked by an agency's administrators. A key is 256 random bits, so its SHA-256 is all
 * that needs storing (no slow hash: nothing to guess). Each key gets its own editor account with a random password
 * nobody knows, so pushes go through the workflow's role, scope and four-eyes rules under a name of their own.
 */
@ApplicationScoped
public class ApiKeys {

    static final String PREFIX = "zfgs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new key and its secret, which is shown this once. */
    public record Created(Long id, String name, String secret) {
    }

    /** A key as the list shows it. */
    public record KeyView(Long id, String agency, String name, String prefix, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt) {
    }

    /** Who a valid key pushes as. */
    public record Caller(Long keyId, Long agencyId, Actor actor) {
    }

    @Inject
    EntityManager em;
    @Inject
    RecordChain record;

    @Transactional
    public Created create(Actor admin, Long agencyId, String name, Instant at) {
        requireAdministrator(admin, agencyId);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 30) {
            throw new WorkflowException("名称：必须填写，最多 30 个字（如“案件办理系统”）");
        }
        String secret = PREFIX + random(32);
        StaffAccount account = new StaffAccount("push-" + random(8), "推送：" + label,
                BcryptUtil.bcryptHash(random(32)), agencyId, Set.of(StaffRole.EDITOR), at);
        em.persist(account);
        ApiKey key = new ApiKey(agencyId, label, hash(secret), secret.substring(0, PREFIX.length() + 6),
                account.id(), admin.id(), at);
        em.persist(key);
        record.append(admin.recordName(), RecordAction.ADMINISTER, "api-key:" + key.id(),
                "create:" + agencyId + ":" + label, at);
        return new Created(key.id(), label, secret);
    }

    @Transactional
    public void revoke(Actor admin, Long keyId, Instant at) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null) {
            throw new WorkflowException("密钥不存在");
        }
        requireAdministrator(admin, key.agencyId());
        if (!key.revoked()) {
            key.revoke(admin.id(), at);
            record.append(admin.recordName(), RecordAction.ADMINISTER, "api-key:" + key.id(), "revoke", at);
        }
    }

    /** The keys of the agencies the administrator acts for, newest first. */
    @Transactional
    public List<KeyView> list(Actor admin) {
        Set<Long> agencies = new HashSet<>(admin.grantedAgencyIds());
        agencies.add(admin.agencyId());
        return em.createQuery("FROM ApiKey WHERE agencyId IN :a ORDER BY id DESC", ApiKey.class)
                .setParameter("a", agencies).getResultList().stream()
                .map(k -> new KeyView(k.id(), em.find(Agency.class, k.agencyId()).name(), k.name(), k.keyPrefix(),
                        k.createdAt(), k.lastUsedAt(), k.revokedAt()))
                .toList();
    }

    /** The caller a presented key stands for, unless it is unknown or revoked. */
    @Transactional
    public Optional<Caller> authenticate(String secret, Instant now) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() != PREFIX.length() + 64) {
            return Optional.empty();
        }
        List<ApiKey> found = em.createQuery("FROM ApiKey WHERE keyHash = :h", ApiKey.class)
                .setParameter("h", hash(secret)).getResultList();
        if (found.isEmpty() || found.get(0).revoked()) {
            return Optional.empty();
        }
        ApiKey key = found.get(0);
        // Once a minute is enough to show administrators which keys are in use.
        if (key.lastUsedAt() == null || key.lastUsedAt().plusSeconds(60).isBefore(now)) {
            key.used(now);
        }
        return Optional.of(new Caller(key.id(), key.agencyId(), em.find(StaffAccount.class, key.accountId())
                .asActor()));
    }

    private static void requireAdministrator(Actor admin, Long agencyId) {
        if (!admin.has(StaffRole.ADMINISTRATOR)) {
            throw new WorkflowException("管理推送接口密钥需要" + StaffRole.ADMINISTRATOR.label() + "角色");
        }
        if (agencyId == null || !admin.actsFor(agencyId)) {
            throw new WorkflowException("只能为本机关或授权的下级机关管理密钥");
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
