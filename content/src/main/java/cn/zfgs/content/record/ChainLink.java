package cn.zfgs.content.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * 记录链环 — a record entry as a plain value, with the hashing rule of the chain:
 * entryHash = SHA-256(seq | time | actor | action | subject | contentHash | previousHash).
 * Times are kept to the microsecond because that is what PostgreSQL stores.
 */
public record ChainLink(long seq, Instant recordedAt, String actor, RecordAction action, String subject,
        String contentHash, String previousHash, String entryHash) {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The next link after {@code previous} (seq and hash of the head), with its own hash computed. */
    public static ChainLink next(long previousSeq, String previousHash, Instant at, String actor,
            RecordAction action, String subject, String contentHash) {
        Instant time = at.truncatedTo(ChronoUnit.MICROS);
        long seq = previousSeq + 1;
        return new ChainLink(seq, time, actor, action, subject, contentHash, previousHash,
                hash(seq, time, actor, action, subject, contentHash, previousHash));
    }

    /** Whether this link's stored hash is the hash of its own fields. */
    public boolean selfConsistent() {
        return entryHash.equals(hash(seq, recordedAt, actor, action, subject, contentHash, previousHash));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String hash(long seq, Instant at, String actor, RecordAction action, String subject,
            String contentHash, String previousHash) {
        return sha256(String.join("|", Long.toString(seq), at.toString(), actor, action.name(), subject,
                contentHash, previousHash));
    }
}
