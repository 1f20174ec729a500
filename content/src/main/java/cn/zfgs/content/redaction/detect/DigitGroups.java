package cn.zfgs.content.redaction.detect;

/**
 * 分组数字 — a number as people write it: digits, possibly in groups split by one space or hyphen
 * ({@code 6222 0212 3456 7890 123}, {@code 138-0013-8000}). Reads from a start position; a separator counts only
 * between two digits.
 */
final class DigitGroups {

    /** Where the number ends (exclusive) and how many digits it has. */
    record Run(int end, int digitCount) {
    }

    private DigitGroups() {
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '－' || c == '\u00A0';
    }

    /** The number starting at {@code start} (a digit), reading at most {@code maxDigits} digits. */
    static Run read(String text, int start, int maxDigits) {
        int i = start;
        int count = 0;
        int end = start;
        while (i < text.length() && count <= maxDigits) {
            char c = text.charAt(i);
            if (Chars.isDigit(c)) {
                count++;
                i++;
                end = i;
            } else if (isSeparator(c) && i + 1 < text.length() && Chars.isDigit(text.charAt(i + 1)) && i > start) {
                i++;
            } else {
                break;
            }
        }
        return new Run(end, count);
    }
}
