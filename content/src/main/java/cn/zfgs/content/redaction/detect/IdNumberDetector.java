package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.model.CreditCode;
import cn.zfgs.content.redaction.RedactionCategory;

import java.time.YearMonth;
import java.util.List;

/**
 * 居民身份证号码 — 18-character numbers (GB 11643-1999: 6-digit region, birth date, sequence, ISO 7064 MOD 11-2 check
 * character) and 15-digit legacy numbers (region, two-digit year of the 1900s, sequence). Only numbers that are valid
 * — a province that exists, a real birth date and, for 18 characters, the right check character — are suggested, so a
 * 统一社会信用代码, a 文号 or a batch number of the same length stays. A legacy number has no check digit; one that
 * follows the name of another kind of number (注册号, 批号 …) is taken for that.
 */
public final class IdNumberDetector implements Detector {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final String[] OTHER_NUMBERS = {"注册号", "编号", "批号", "文号", "许可证", "单号", "登记号", "代码",
            "条码", "账号", "帐号", "卡号"};

    @Override
    public void find(String text, List<Finding> out) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Chars.isDigit(text.charAt(i)) || Chars.alnumBefore(text, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Chars.isAlnum(text.charAt(end))) {
                end++;
            }
            int length = end - i;
            if (length == 18 && isValid18(text, i) && !isCreditCode(text, i)
                    || length == 15 && isValid15(text, i) && !Chars.cueBefore(text, i, 10, OTHER_NUMBERS)) {
                out.add(new Finding(i, end, RedactionCategory.ID_NUMBER, "×".repeat(length)));
            }
            i = end;
        }
    }

    /** Whether the 18 characters at {@code start} are a valid 公民身份号码. */
    static boolean isValid18(String text, int start) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            int d = Chars.digit(text.charAt(start + k));
            if (d < 0) {
                return false;
            }
            sum += d * WEIGHTS[k];
        }
        char last = Character.toUpperCase(text.charAt(start + 17));
        if (last == 'Ｘ' || last == 'ｘ') {
            last = 'X';
        }
        int lastDigit = Chars.digit(last);
        char check = CHECK.charAt(sum % 11);
        return (lastDigit >= 0 ? (char) ('0' + lastDigit) : last) == check
                && province(text, start) && birthDate(text, start + 6, 4);
    }

    static boolean isValid15(String text, int start) {
        for (int k = 0; k < 15; k++) {
            if (Chars.digit(text.charAt(start + k)) < 0) {
                return false;
            }
        }
        return province(text, start) && birthDate(text, start + 6, 2);
    }

    /** A valid credit code named as such: public information, even if it happens to pass as an ID number. */
    private static boolean isCreditCode(String text, int start) {
        return CreditCode.isValid(Chars.digits(text, start, start + 17) + text.charAt(start + 17))
                && Chars.cueBefore(text, start, 12, "信用代码", "社会信用", "代码");
    }

    /** The first two digits: a province-level division that issues numbers (11 Beijing … 82 Macao). */
    private static boolean province(String text, int start) {
        int p = Chars.digit(text.charAt(start)) * 10 + Chars.digit(text.charAt(start + 1));
        return p >= 11 && p <= 15 || p >= 21 && p <= 23 || p >= 31 && p <= 37 || p >= 41 && p <= 46
                || p >= 50 && p <= 54 || p >= 61 && p <= 65 || p == 71 || p == 81 || p == 82;
    }

    private static boolean birthDate(String text, int at, int yearDigits) {
        int year = 0;
        for (int k = 0; k < yearDigits; k++) {
            year = year * 10 + Chars.digit(text.charAt(at + k));
        }
        if (yearDigits == 2) {
            year += 1900;
        }
        int month = Chars.digit(text.charAt(at + yearDigits)) * 10 + Chars.digit(text.charAt(at + yearDigits + 1));
        int day = Chars.digit(text.charAt(at + yearDigits + 2)) * 10 + Chars.digit(text.charAt(at + yearDigits + 3));
        return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1
                && day <= YearMonth.of(year, month).lengthOfMonth();
    }
}
