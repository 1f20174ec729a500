package cn.zfgs.portal.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

/**
 * 电子签名 — the portal's signing key, and the detached CMS signature (adbe.pkcs7.detached) PDFBox appends to a
 * finished PDF in an incremental update. Loaded from the configured PKCS #12 keystore; when that file is missing and
 * generation is allowed (the quick start), a self-signed RSA key and certificate are made and saved there first.
 */
public final class PdfSigning {

    private static final Logger LOG = Logger.getLogger(PdfSigning.class);
    // Room for an RSA-3072 signature and a certificate chain of a few certificates, hex-encoded in /Contents.
    private static final int SIGNATURE_SPACE = 16_384;

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final List<Certificate> chain;

    private PdfSigning(PrivateKey key, List<Certificate> chain) {
        this.key = key;
        this.chain = chain;
        this.certificate = (X509Certificate) chain.get(0);
    }

    /** The key of {@code config}'s keystore, generating it first when it is missing and generation is on. */
    public static PdfSigning load(PdfConfig.Signing config) {
        Path file = Path.of(config.keystore());
        char[] password = config.password().toCharArray();
        try {
            if (!Files.exists(file)) {
                if (!config.generate()) {
                    throw new IllegalStateException("PDF 签名密钥库不存在：" + file.toAbsolutePath()
                            + "（pdf.signing.keystore），且未允许自动生成（pdf.signing.generate=false）");
                }
                generate(file, config.alias(), password, config.subject());
                LOG.infof("Generated a self-signed PDF signing certificate in %s", file.toAbsolutePath());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            if (!store.isKeyEntry(config.alias())) {
                throw new IllegalStateException("PDF 签名密钥库 " + file.toAbsolutePath() + " 中没有别名为 "
                        + config.alias() + " 的私钥（pdf.signing.alias）");
            }
            return new PdfSigning((PrivateKey) store.getKey(config.alias(), password),
                    List.of(store.getCertificateChain(config.alias())));
        } catch (IOException e) {
            throw new UncheckedIOException("PDF 签名密钥库无法读取：" + file.toAbsolutePath(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("PDF 签名密钥库无法使用：" + file.toAbsolutePath(), e);
        }
    }

    /**
     * The certificates in the given files (X.509, PEM or DER), the previous signing certificates that verification
     * still accepts; a file that cannot be read stops the start with its path.
     */
    public static List<X509Certificate> certificates(List<String> paths) {
        List<X509Certificate> certificates = new java.util.ArrayList<>();
        for (String path : paths) {
            Path file = Path.of(path.strip());
            try (InputStream in = Files.newInputStream(file)) {
                var found = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in);
                if (found.isEmpty()) {
                    throw new IllegalStateException("PDF 旧签名证书文件中没有证书：" + file.toAbsolutePath()
                            + "（pdf.signing.previous-certificates）");
                }
                found.forEach(c -> certificates.add((X509Certificate) c));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("PDF 旧签名证书无法读取：" + file.toAbsolutePath()
                        + "（pdf.signing.previous-certificates）", e);
            }
        }
        return certificates;
    }

    /** The certificate the portal signs with: the verification page accepts signatures made with its key only. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code pdf} with the portal's signature appended; the signature covers every byte of the result but its own. */
    public byte[] sign(byte[] pdf, String signerName, String reason, Instant at) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            Calendar when = Calendar.getInstance();
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                doc.addSignature(signature, options);
                markPrinted(doc);
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent()));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // PDF/A wants every annotation printable, the signature's invisible widget included.
    private static void markPrinted(PDDocument doc) throws IOException {
        for (PDField field : doc.getDocumentCatalog().getAcroForm().getFields()) {
            if (field instanceof PDSignatureField) {
                field.getWidgets().forEach(w -> w.setPrinted(true));
            }
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, certificate));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException("PDF 签名失败", e);
        }
    }

    private static void generate(Path file, String alias, char[] password, String subject)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name(subject);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "signing", ".p12");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
