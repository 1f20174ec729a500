package cn.zfgs.portal.pdf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * PDF 配置 — every {@code pdf.*} setting: the CJK font embedded in every PDF, the signing key, the cache of rendered
 * documents and the verification upload limit (see ADR 0010).
 */
@ConfigMapping(prefix = "pdf")
public interface PdfConfig {

    /**
     * The TrueType font every PDF embeds (as a subset) for its Chinese text and full-width punctuation: Debian's
     * {@code fonts-droid-fallback} (Apache-2.0). It has no Latin letters or digits.
     */
    @WithDefault("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    String font();

    /**
     * The TrueType font every PDF embeds (as a subset) for Latin letters, digits and Western punctuation, tried
     * before {@link #font()}: Debian's {@code fonts-dejavu-core} (Bitstream Vera licence, free).
     */
    @WithDefault("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    String latinFont();

    /** The portal's signing key. */
    Signing signing();

    /** Upper bound of the rendered-PDF cache, in megabytes (least recently used documents go first). */
    @WithDefault("64")
    int cacheMegabytes();

    /**
     * Largest file the public verification page accepts, in megabytes; below the HTTP body limit (10 MB), so that a
     * larger file still gets this page's own message.
     */
    @WithDefault("8")
    int verifyMaxMegabytes();

    /**
     * Uploads one client (network address) may verify per minute before getting the "too many requests" page; apart
     * from the officer verification's allowance ({@code portal.verifications-per-minute}).
     */
    @WithDefault("10")
    int verificationsPerMinute();

    /** 签名密钥 — the PKCS #12 keystore holding the portal's signing key and certificate. */
    interface Signing {

        /** Path of the PKCS #12 keystore (relative to the working directory). */
        @WithDefault("data/pdf/signing.p12")
        String keystore();

        /** Password of the keystore and of its key. Set a real one in production. */
        @WithDefault("zfgs-demo-only")
        String password();

        /** Alias of the key entry in the keystore. */
        @WithDefault("portal")
        String alias();

        /**
         * Generate a self-signed key and certificate into {@link #keystore()} when the file does not exist (the quick
         * start). Production sets {@code false} and provides a keystore with a certificate from its CA.
         */
        @WithDefault("true")
        boolean generate();

        /** Subject of a generated certificate. */
        @WithDefault("CN=行政执法公示平台（自签名）,O=行政执法公示平台,C=CN")
        String subject();

        /**
         * Certificate files (X.509, PEM or DER; comma-separated paths) of keys the portal signed with before the
         * current one. After a key rotation, PDFs signed with one of them still verify, as "签名有效（旧证书）";
         * the keys themselves are no longer needed.
         */
        Optional<List<String>> previousCertificates();
    }
}
