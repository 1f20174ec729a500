package cn.zfgs.portal.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * 签名验证 — decides whether a file is a PDF this portal signed and nobody changed since: exactly one signature,
 * made with the portal's own certificate (or one it used before a key rotation, configured as a previous
 * certificate: then the verdict says so), whose byte range is the whole file except the signature value itself, and
 * whose CMS signature matches those bytes. Only then is the document reference in its keywords believed.
 */
public final class PdfVerifier {

    private final X509Certificate portal;
    private final List<X509Certificate> previous;

    public PdfVerifier(X509Certificate portal) {
        this(portal, List.of());
    }

    /** {@code previous}: certificates the portal signed with before {@code portal}, still accepted. */
    public PdfVerifier(X509Certificate portal, List<X509Certificate> previous) {
        this.portal = portal;
        this.previous = List.copyOf(previous);
    }

    public PdfVerification verify(byte[] file) {
        if (file.length < 5 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return PdfVerification.of(PdfVerification.Outcome.NOT_PDF);
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return PdfVerification.of(PdfVerification.Outcome.UNSIGNED);
            }
            if (signatures.size() > 1) {
                return PdfVerification.of(PdfVerification.Outcome.EXTENDED);
            }
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            if (!coversWholeFile(range, file)) {
                return PdfVerification.of(range != null && range.length == 4 && range[2] + range[3] < file.length
                        ? PdfVerification.Outcome.EXTENDED : PdfVerification.Outcome.ALTERED);
            }
            byte[] cms = signature.getContents(file);
            if (!onlyPaddingAfterSignature(cms)) {
                return PdfVerification.of(PdfVerification.Outcome.ALTERED);
            }
            PdfVerification.Outcome outcome = check(cms, signature.getSignedContent(file));
            if (outcome != PdfVerification.Outcome.VALID && outcome != PdfVerification.Outcome.VALID_PREVIOUS) {
                return PdfVerification.of(outcome);
            }
            DocumentRef ref = DocumentRef.fromKeywords(doc.getDocumentInformation().getKeywords()).orElse(null);
            if (ref == null) {
                return PdfVerification.of(PdfVerification.Outcome.FOREIGN);
            }
            return new PdfVerification(outcome, ref,
                    signature.getSignDate() == null ? null : signature.getSignDate().toInstant());
        } catch (IOException | RuntimeException e) {
            // A file the parser cannot make sense of after a change is no unaltered document of ours.
            return PdfVerification.of(PdfVerification.Outcome.ALTERED);
        }
    }

    // [0, a, b, c]: from the start to the signature value, and from its end to the end of the file; the gap must be
    // exactly the hex string <...> of /Contents, so nothing unsigned hides in it.
    private static boolean coversWholeFile(int[] range, byte[] file) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return false;
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        if (gapStart <= 0 || gapEnd <= gapStart + 1 || (long) range[2] + range[3] != file.length) {
            return false;
        }
        if (file[(int) gapStart] != '<' || file[(int) gapEnd - 1] != '>') {
            return false;
        }
        for (long i = gapStart + 1; i < gapEnd - 1; i++) {
            if (Character.digit(file[(int) i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    // The signature value is reserved larger than needed and padded with zeros, which the CMS parser ignores: a changed
    // padding byte would go unnoticed, so everything after the DER-encoded signature must still be zero.
    private static boolean onlyPaddingAfterSignature(byte[] cms) {
        if (cms.length < 2 || cms[0] != 0x30) {
            return false;
        }
        int first = cms[1] & 0xff;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int octets = first & 0x7f;
            if (octets == 0 || octets > 4 || cms.length < 2 + octets) {
                return false;
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (cms[2 + i] & 0xff);
            }
            header = 2 + octets;
        }
        long end = header + length;
        if (end > cms.length) {
            return false;
        }
        for (long i = end; i < cms.length; i++) {
            if (cms[(int) i] != 0) {
                return false;
            }
        }
        return true;
    }

    private PdfVerification.Outcome check(byte[] cms, byte[] signedContent) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), cms);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return PdfVerification.Outcome.FOREIGN;
            }
            SignerInformation signer = signers.iterator().next();
            X509Certificate used = null;
            boolean current = false;
            if (signer.getSID().match(new X509CertificateHolder(portal.getEncoded()))) {
                used = portal;
                current = true;
            } else {
                for (X509Certificate old : previous) {
                    if (signer.getSID().match(new X509CertificateHolder(old.getEncoded()))) {
                        used = old;
                        break;
                    }
                }
            }
            if (used == null) {
                return PdfVerification.Outcome.FOREIGN;
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(used))) {
                return PdfVerification.Outcome.ALTERED;
            }
            return current ? PdfVerification.Outcome.VALID : PdfVerification.Outcome.VALID_PREVIOUS;
        } catch (CMSException | OperatorCreationException | CertificateException | IOException e) {
            return PdfVerification.Outcome.ALTERED;
        }
    }
}
