package cn.zfgs.content.model;

/**
 * 统一社会信用代码 — the 18-character code of a company or organisation (GB 32100-2015). Public information: it is
 * never redacted, and it is validated by its check character so that a typing error is caught at entry.
 */
public final class CreditCode {

    static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Whether {@code code} has 18 characters of the code's alphabet and the right check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18 || code.chars().anyMatch(c -> CHARS.indexOf(c) < 0)) {
            return false;
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The GB 32100 check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }
}
