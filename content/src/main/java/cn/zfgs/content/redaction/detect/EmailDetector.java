package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.redaction.RedactionCategory;

import java.util.List;

/** 电子邮箱 — {@code local@domain.tld}: found from each {@code @} outwards, the domain needing a dot and a letter TLD. */
public final class EmailDetector implements Detector {

    @Override
    public void find(String text, List<Finding> out) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1))) {
                start--;
            }
            int end = domainEnd(text, at + 1);
            if (start < at && end > 0) {
                out.add(new Finding(start, end, RedactionCategory.EMAIL, "×××"));
            }
            at = text.indexOf('@', at + 1);
        }
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    /** The end of {@code label(.label)+} starting at {@code from} whose last label is 2+ letters, or -1. */
    private static int domainEnd(String text, int from) {
        int i = from;
        int lastDot = -1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                i++;
            } else if (c == '.' && i > from && i + 1 < text.length() && text.charAt(i - 1) != '.'
                    && text.charAt(i + 1) < 128 && Character.isLetterOrDigit(text.charAt(i + 1))) {
                lastDot = i;
                i++;
            } else {
                break;
            }
        }
        if (lastDot < 0 || i - lastDot - 1 < 2) {
            return -1;
        }
        for (int k = lastDot + 1; k < i; k++) {
            if (!Chars.isAsciiLetter(text.charAt(k))) {
                return -1;
            }
        }
        return i;
    }
}
