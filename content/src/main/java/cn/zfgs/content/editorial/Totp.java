package cn.zfgs.content.editorial;

import org.apache.commons.codec.binary.Base32;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * 动态口令 — the time-based one-time password of RFC 6238 as authenticator apps compute it: HMAC-SHA-1 over the
 * number of 30-second steps since the epoch, truncated to six digits (RFC 4226). A code is accepted for its own step
 * and one step either side, so that a phone clock half a minute off still works; which step matched is returned so
 * that the caller can refuse the same code a second time.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of the current one. */
    public static final int TOLERANCE = 1;
    /** 160 bits, the HMAC-SHA-1 block RFC 4226 recommends for a shared secret. */
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret, in the base32 form authenticator apps take (no padding). */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The 30-second step {@code at} falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one step, as digits with leading zeros. */
    public static String code(String base32Secret, long step) {
        return code(decode(base32Secret), step, DIGITS);
    }

    /** RFC 4226 §5.3 dynamic truncation of HMAC-SHA-1 over the step as an eight-byte big-endian counter. */
    static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
            int modulus = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /**
     * The step whose code {@code entered} is, within {@link #TOLERANCE} of {@code at}; empty for anything else,
     * including input that is not six digits (spaces people type between groups are ignored).
     */
    public static OptionalLong matchingStep(String base32Secret, String entered, Instant at) {
        String digits = entered == null ? "" : entered.replace(" ", "").strip();
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = decode(base32Secret);
        long now = step(at);
        for (long step = now - TOLERANCE; step <= now + TOLERANCE; step++) {
            if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} address the QR code carries (Google Authenticator key URI format). */
    public static String keyUri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public static String grouped(String base32Secret) {
        return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static byte[] decode(String base32Secret) {
        return new Base32().decode(base32Secret.toUpperCase(Locale.ROOT));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
