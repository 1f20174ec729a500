package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.redaction.RedactionCategory;

import java.util.List;

/**
 * 银行账号 — card numbers of 16–19 digits (also in groups of four) that pass the Luhn check, and any number of 8–30
 * digits introduced as an account (账号、账户、卡号、银行卡). A long number after the name of another kind of number
 * (编号, 文号, 批号 …) is not a card, and a valid 公民身份号码 is left to its own detector.
 */
public final class BankAccountDetector implements Detector {

    private static final String[] CUES = {"账号", "帐号", "账户", "帐户", "卡号", "银行卡", "存折", "收款账号"};
    private static final String GAP = "：: 为是号码（）()";
    private static final String[] OTHER_NUMBERS = {"编号", "文号", "批号", "注册号", "许可证", "单号", "条码", "登记号",
            "代码", "证号", "身份"};

    @Override
    public void find(String text, List<Finding> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isDigit(text.charAt(i)) || Chars.alnumBefore(text, i)) {
                i++;
                continue;
            }
            DigitGroups.Run run = DigitGroups.read(text, i, 30);
            int end = run.end();
            if (!Chars.alnumAt(text, end) && run.digitCount() <= 30) {
                if (run.digitCount() >= 8 && cuedAsAccount(text, i)) {
                    out.add(mask(i, end));
                } else if (run.digitCount() >= 16 && run.digitCount() <= 19 && isCard(text, i, end)
                        && !Chars.cueBefore(text, i, 10, OTHER_NUMBERS)) {
                    out.add(mask(i, end));
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /** The cue before the number, possibly with the bank named in between (账户：中国银行南昌分行 6216…). */
    private static boolean cuedAsAccount(String text, int at) {
        if (Chars.cueJustBefore(text, at, GAP, 4, CUES)) {
            return true;
        }
        for (int p = at - 1; p >= Math.max(0, at - 24); p--) {
            for (String cue : CUES) {
                if (text.startsWith(cue, p) && noSentenceBreak(text, p + cue.length(), at)
                        && text.substring(p, at).contains("行")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean noSentenceBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("，。；,;".indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCard(String text, int start, int end) {
        String digits = Chars.digits(text, start, end);
        char first = digits.charAt(0);
        if ("34569".indexOf(first) < 0 || digits.length() == 18 && IdNumberDetector.isValid18(digits, 0)) {
            return false;
        }
        return luhn(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static Finding mask(int start, int end) {
        return new Finding(start, end, RedactionCategory.BANK_ACCOUNT, "×".repeat(end - start));
    }
}
