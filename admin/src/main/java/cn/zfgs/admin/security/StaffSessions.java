package cn.zfgs.admin.security;

import cn.zfgs.admin.AdminConfig;
import cn.zfgs.content.editorial.LoginOutcome;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffSession;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** 登录与会话 — signs staff in and out, and finds the session a request belongs to. */
@ApplicationScoped
public class StaffSessions {

    /** Checked when the username is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such account");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    RecordChain record;
    @Inject
    AdminConfig config;

    /**
     * The result of a sign-in: the outcome, and the new session's cookie token when accepted or when the password was
     * right and the 动态口令 is asked next (that session admits to the code page only).
     */
    public record SignIn(LoginOutcome outcome, String token) {
    }

    /** A live session and its staff member. */
    public record Current(StaffAccount account, StaffSession session) {
    }

    @Transactional
    public SignIn signIn(String username, String password, Instant now) {
        StaffAccount account = username == null || username.isBlank() ? null
                : em.createQuery("FROM StaffAccount WHERE username = :u", StaffAccount.class)
                        .setParameter("u", username.strip())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList().stream().findFirst().orElse(null);
        if (account == null) {
            BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
            return new SignIn(new LoginOutcome.Refused(-1, null), null);
        }
        boolean matches = password != null && !password.isEmpty()
                && BcryptUtil.matches(password, account.passwordHash());
        LoginOutcome outcome = account.attemptLogin(matches, now);
        if (outcome instanceof LoginOutcome.CodeRequired) {
            String token = randomToken();
            em.persist(new StaffSession(hash(token), account.id(), randomToken(), now, true));
            return new SignIn(outcome, token);
        }
        if (!(outcome instanceof LoginOutcome.Accepted)) {
            return new SignIn(outcome, null);
        }
        return new SignIn(outcome, open(account, now, ""));
    }

    /**
     * The second step: the 动态口令 of the account whose password opened {@code token}'s session. Accepted, that
     * session ends and a new one begins (a new token, so the half-open one is worth nothing); a wrong code counts
     * toward the lock like a wrong password, and the lock ends the waiting session.
     */
    @Transactional
    public SignIn enterCode(String token, String code, Instant now) {
        StaffSession waiting = token == null || token.length() != 64 ? null : em.find(StaffSession.class, hash(token),
                LockModeType.PESSIMISTIC_WRITE);
        if (waiting == null || !waiting.awaitingCode()
                || !waiting.liveAt(now, config.sessionIdleTimeout(), config.sessionAbsoluteTimeout())) {
            return new SignIn(new LoginOutcome.Refused(-1, null), null);
        }
        StaffAccount account = em.find(StaffAccount.class, waiting.staffId(), LockModeType.PESSIMISTIC_WRITE);
        LoginOutcome outcome = account.attemptCode(code, now);
        if (outcome instanceof LoginOutcome.Accepted) {
            waiting.end(now);
            return new SignIn(outcome, open(account, now, "totp"));
        }
        if (!(outcome instanceof LoginOutcome.Refused refused) || refused.lockedUntil() != null) {
            waiting.end(now);
        }
        return new SignIn(outcome, null);
    }

    private String open(StaffAccount account, Instant now, String how) {
        String token = randomToken();
        em.persist(new StaffSession(hash(token), account.id(), randomToken(), now));
        record.append(account.asActor().recordName(), RecordAction.LOGIN, "staff:" + account.id(), how, now);
        return token;
    }

    @Transactional
    public Optional<Current> resolve(String token, Instant now) {
        if (token == null || token.length() != 64) {
            return Optional.empty();
        }
        StaffSession session = em.find(StaffSession.class, hash(token));
        if (session == null || !session.liveAt(now, config.sessionIdleTimeout(), config.sessionAbsoluteTimeout())) {
            return Optional.empty();
        }
        StaffAccount account = em.find(StaffAccount.class, session.staffId());
        if (account == null || !account.active()) {
            return Optional.empty();
        }
        // Writing last_seen_at once a minute is enough for a thirty-minute idle timeout.
        if (session.lastSeenAt().plusSeconds(60).isBefore(now)) {
            session.seen(now);
        }
        return Optional.of(new Current(account, session));
    }

    @Transactional
    public void signOut(String token, Instant now) {
        if (token != null && token.length() == 64) {
            StaffSession session = em.find(StaffSession.class, hash(token));
            if (session != null) {
                session.end(now);
            }
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
