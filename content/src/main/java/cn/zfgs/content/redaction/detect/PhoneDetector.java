package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.redaction.RedactionCategory;

import java.util.List;

/**
 * 电话号码 — mobile numbers (11 digits, 13x–19x, also written 138-0013-8000 or 138 0013 8000), fixed-line numbers with
 * their area code (0791-86123456, (0791)86123456, 010-12345678 转 801), and any number of 7–12 digits that follows a
 * phone cue (联系电话：86123456). A number that is followed by a unit (13800000000元) or that sits inside a document
 * number (〔2024〕13800138000号) is something else.
 */
public final class PhoneDetector implements Detector {

    private static final String[] CUES = {"电话", "手机", "联系方式", "座机", "传真", "Tel", "TEL", "tel"};
    private static final String GAP = "：: 为是号码（）()";
    private static final String UNITS = "元万亿件个人次盒瓶袋箱克吨米平份支片粒斤公条张台辆头只套批";

    @Override
    public void find(String text, List<Finding> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Chars.isDigit(c)) {
                i++;
                continue;
            }
            if (Chars.alnumBefore(text, i)) {
                i = skipDigits(text, i);
                continue;
            }
            DigitGroups.Run run = DigitGroups.read(text, i, 16);
            int end = run.end();
            int first = Chars.digit(c);
            boolean cued = Chars.cueJustBefore(text, i, GAP, 4, CUES);
            if (Chars.alnumAt(text, end) || notAPhone(text, i, end)) {
                i = skipDigits(text, i);
                continue;
            }
            if (run.digitCount() == 13 && first == 8 && Chars.digit(text.charAt(i + 1)) == 6) {
                int mobile = startOfThirdDigit(text, i);
                if (Chars.digit(text.charAt(mobile)) == 1 && Chars.digit(text.charAt(mobile + 1)) >= 3) {
                    out.add(mask(text, mobile, end));
                }
            } else if (first == 1 && run.digitCount() == 11 && Chars.digit(text.charAt(i + 1)) >= 3) {
                out.add(mask(text, i, end));
            } else if (first == 0 && isFixedLine(text, i, end, run.digitCount())) {
                out.add(mask(text, i, withExtension(text, end)));
            } else if (cued && run.digitCount() >= 7 && run.digitCount() <= 12) {
                out.add(mask(text, i, withExtension(text, end)));
            }
            i = end;
        }
        findBracketedAreaCodes(text, out);
    }

    /** 86 138 0013 8000: where the number after the country code starts. */
    private static int startOfThirdDigit(String text, int i) {
        int j = i + 2;
        while (!Chars.isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int skipDigits(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Chars.isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** 0791-86123456: an area code of 3 digits (010, 02x) or 4, a separator, 7–8 digits not starting with 0 or 1. */
    private static boolean isFixedLine(String text, int start, int end, int digitCount) {
        int areaLength = Chars.digit(text.charAt(start + 1)) <= 2 ? 3 : 4;
        int local = digitCount - areaLength;
        if (local < 7 || local > 8) {
            return false;
        }
        char afterArea = text.charAt(start + areaLength);
        return DigitGroups.isSeparator(afterArea) && Chars.digit(text.charAt(start + areaLength + 1)) >= 2;
    }

    /** (0791)86123456 and （0791）86123456. */
    private static void findBracketedAreaCodes(String text, List<Finding> out) {
        int at = 0;
        while (true) {
            int open = nextOpen(text, at);
            if (open < 0) {
                return;
            }
            at = open + 1;
            int i = open + 1;
            int area = 0;
            while (i < text.length() && Chars.isDigit(text.charAt(i))) {
                i++;
                area++;
            }
            if (area < 3 || area > 4 || Chars.digit(text.charAt(open + 1)) != 0 || i >= text.length()
                    || text.charAt(i) != ')' && text.charAt(i) != '）') {
                continue;
            }
            int local = i + 1;
            while (local < text.length() && text.charAt(local) == ' ') {
                local++;
            }
            if (local >= text.length() || Chars.digit(text.charAt(local)) < 2) {
                continue;
            }
            DigitGroups.Run run = DigitGroups.read(text, local, 9);
            if (run.digitCount() >= 7 && run.digitCount() <= 8 && !Chars.alnumAt(text, run.end())) {
                out.add(mask(text, open, withExtension(text, run.end())));
            }
        }
    }

    private static int nextOpen(String text, int from) {
        int ascii = text.indexOf('(', from);
        int wide = text.indexOf('（', from);
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** 转801 or -801 after a fixed-line number: the extension goes with it. */
    private static int withExtension(String text, int end) {
        int i = end;
        if (i < text.length() && (text.charAt(i) == '转' || text.charAt(i) == '-' || text.charAt(i) == '－')) {
            int j = i + 1;
            while (j < text.length() && Chars.isDigit(text.charAt(j)) && j - i <= 5) {
                j++;
            }
            if (j > i + 1 && !Chars.alnumAt(text, j)) {
                return j;
            }
        }
        return end;
    }

    private static boolean notAPhone(String text, int start, int end) {
        if (end < text.length() && UNITS.indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        if (start > 0 && text.charAt(start - 1) == '第') {
            return true;
        }
        boolean closesNumber = end < text.length() && text.charAt(end) == '号';
        return closesNumber && start > 0 && "〕]）)".indexOf(text.charAt(start - 1)) >= 0;
    }

    private static Finding mask(String text, int start, int end) {
        return new Finding(start, end, RedactionCategory.PHONE, "×".repeat(end - start));
    }
}
