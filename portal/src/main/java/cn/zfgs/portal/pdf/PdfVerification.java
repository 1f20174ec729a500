package cn.zfgs.portal.pdf;

import java.time.Instant;

/**
 * 验证结果 — what the verification page tells the public about an uploaded file.
 *
 * @param outcome  the verdict
 * @param document the page the PDF was made from, when the verdict is {@link #valid()}
 * @param signedAt when the portal signed it, when the verdict is {@link #valid()}
 */
public record PdfVerification(Outcome outcome, DocumentRef document, Instant signedAt) {

    /** The verdicts, each with the sentence the page shows. */
    public enum Outcome {
        /** 有效 — signed by this portal, not a byte changed since. */
        VALID("这是本平台签发的文件，签名有效，签名后内容未被改动。"),
        /** 有效（旧证书）— signed by this portal with a key it used before the current one, not a byte changed since. */
        VALID_PREVIOUS("这是本平台签发的文件，签名有效（旧证书）：签名所用的是本平台更换密钥前的证书，签名后内容未被改动。"),
        /** Not a PDF at all. */
        NOT_PDF("该文件不是可读取的 PDF 文件。"),
        /** A PDF without any signature. */
        UNSIGNED("该 PDF 没有电子签名，无法确认是本平台签发的文件。"),
        /** Signed, but not with this portal's key. */
        FOREIGN("该 PDF 的签名不是本平台的签名。"),
        /** Bytes were added after signing: the signature does not cover the whole file. */
        EXTENDED("该 PDF 在本平台签名后被追加了内容，签名不覆盖整个文件，不能视为本平台签发的原件。"),
        /** The signed bytes were changed. */
        ALTERED("该 PDF 的签名无效：文件在签名后被改动过，或签名已损坏。");

        private final String message;

        Outcome(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    public boolean valid() {
        return outcome == Outcome.VALID || outcome == Outcome.VALID_PREVIOUS;
    }

    /** The verdict as the page's heading says it. */
    public String verdict() {
        return switch (outcome) {
            case VALID -> "签名有效";
            case VALID_PREVIOUS -> "签名有效（旧证书）";
            default -> "未通过";
        };
    }

    static PdfVerification of(Outcome outcome) {
        return new PdfVerification(outcome, null, null);
    }
}
