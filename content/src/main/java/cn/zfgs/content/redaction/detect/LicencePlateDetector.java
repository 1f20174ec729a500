package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.redaction.RedactionCategory;

import java.util.List;

/**
 * 机动车号牌 — a province's one-character abbreviation, the issuing office's letter, an optional dot, then five
 * characters (six for new-energy plates) of capitals without I and O and digits, at least three of them digits, and
 * possibly 挂/学/警 (赣A·12345, 赣AD12345, 京N8P8F8). The plate keeps its province: 赣A·12345 → 赣×××××××.
 * Inside a longer code (the 特种设备使用登记证 number 梯11赣A32495（19）) it is not a plate.
 */
public final class LicencePlateDetector implements Detector {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String SUFFIXES = "挂学警领港澳试超";

    @Override
    public void find(String text, List<Finding> out) {
        int n = text.length();
        for (int i = 0; i + 6 < n; i++) {
            char next = text.charAt(i + 1);
            // The cheap test first: most characters are not followed by a capital letter.
            if (next < 'A' || next > 'Z' || next == 'I' || next == 'O' || PROVINCES.indexOf(text.charAt(i)) < 0
                    || Chars.alnumBefore(text, i)) {
                continue;
            }
            int j = i + 2;
            if (text.charAt(j) == '·' || text.charAt(j) == '•' || text.charAt(j) == '.' || text.charAt(j) == ' ') {
                j++;
            }
            int tailStart = j;
            int digits = 0;
            while (j < n && j - tailStart < 7 && isPlateLetter(text.charAt(j))) {
                if (Chars.isDigit(text.charAt(j))) {
                    digits++;
                }
                j++;
            }
            int tail = j - tailStart;
            if ((tail == 5 || tail == 6) && digits >= 3 && !Chars.alnumAt(text, j)) {
                if (j < n && SUFFIXES.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                out.add(new Finding(i + 1, j, RedactionCategory.LICENCE_PLATE, "×".repeat(j - i - 1)));
                i = j - 1;
            }
        }
    }

    private static boolean isPlateLetter(char c) {
        return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' || c >= '0' && c <= '9';
    }
}
