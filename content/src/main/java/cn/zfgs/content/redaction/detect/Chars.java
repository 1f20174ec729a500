package cn.zfgs.content.redaction.detect;

/** Character classes and look-arounds the detectors share. Full-width digits count as digits. */
final class Chars {

    private Chars() {
    }

    /** The value of an ASCII or full-width digit, or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    static boolean isDigit(char c) {
        return digit(c) >= 0;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Letters and digits that would continue a code: a number next to one is part of something longer. */
    static boolean isAlnum(char c) {
        return isDigit(c) || isAsciiLetter(c) || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    /** A CJK ideograph (the basic block and extension A), the characters names and addresses are written in. */
    static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }

    /** Whether the character before {@code at} (if any) is a letter or digit. */
    static boolean alnumBefore(String text, int at) {
        return at > 0 && isAlnum(text.charAt(at - 1));
    }

    /** Whether the character at {@code at} (if any) is a letter or digit. */
    static boolean alnumAt(String text, int at) {
        return at < text.length() && isAlnum(text.charAt(at));
    }

    /** Whether one of {@code cues} occurs in the {@code window} characters before {@code at}. */
    static boolean cueBefore(String text, int at, int window, String... cues) {
        int from = Math.max(0, at - window);
        for (int p = from; p < at; p++) {
            for (String cue : cues) {
                if (p + cue.length() <= at && text.startsWith(cue, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The digits of {@code text[start, end)}, separators dropped. */
    static String digits(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            int d = digit(text.charAt(i));
            if (d >= 0) {
                out.append((char) ('0' + d));
            }
        }
        return out.toString();
    }

    /**
     * Whether one of {@code cues} ends just before {@code at}, with at most {@code maxGap} characters of
     * {@code gapChars} (colons, spaces, 为 …) between the cue and {@code at}: 联系电话：138…, 账号为 6222….
     */
    static boolean cueJustBefore(String text, int at, String gapChars, int maxGap, String... cues) {
        int end = at;
        for (int gap = 0; ; gap++) {
            for (String cue : cues) {
                if (text.startsWith(cue, end - cue.length()) && end - cue.length() >= 0) {
                    return true;
                }
            }
            if (gap == maxGap || end == 0 || gapChars.indexOf(text.charAt(end - 1)) < 0) {
                return false;
            }
            end--;
        }
    }
}
