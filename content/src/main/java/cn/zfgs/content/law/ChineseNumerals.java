package cn.zfgs.content.law;

/**
 * 中文数字 — the Chinese numerals used in article numbers (第一百零五条, 第二十条, 第一千二百六十条),
 * for 0 to 9999.
 *
 * <p>{@link #format} writes the form the official texts use: 十 not 一十 at the start, one 零 for
 * each gap of skipped places (一百零五, 一千零一十), no trailing zeros. {@link #parse} reads that form
 * and a few harmless variants (一十五, 〇 for 零, 两 for 二, 一千零十), and rejects anything whose
 * value is ambiguous, such as the colloquial 一百五 (150 in speech, 105 to a careless reader).
 */
public final class ChineseNumerals {

    /** Largest value handled: article numbers stay far below 万. */
    public static final int MAX = 9999;

    private static final char[] DIGITS = {'零', '一', '二', '三', '四', '五', '六', '七', '八', '九'};
    private static final int[] PLACES = {1000, 100, 10, 1};
    private static final String[] PLACE_NAMES = {"千", "百", "十", ""};
    /** Sentinel "previous place" before any unit has been read. */
    private static final int NO_UNIT = 10_000;

    private ChineseNumerals() {
    }

    /** Formats 0..9999 as written in official texts, e.g. 105 → 一百零五, 10 → 十, 1010 → 一千零一十. */
    public static String format(int n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("只能转换 0 至 " + MAX + " 的整数：" + n);
        }
        if (n == 0) {
            return "零";
        }
        StringBuilder sb = new StringBuilder(8);
        boolean gap = false;
        for (int i = 0; i < PLACES.length; i++) {
            int d = n / PLACES[i] % 10;
            if (d == 0) {
                gap = sb.length() > 0; // leading zeros are not written, inner ones become one 零
                continue;
            }
            if (gap) {
                sb.append('零');
                gap = false;
            }
            boolean leadingTen = d == 1 && PLACES[i] == 10 && sb.length() == 0;
            if (!leadingTen) { // 十五, not 一十五; but 一百一十五
                sb.append(DIGITS[d]);
            }
            sb.append(PLACE_NAMES[i]);
        }
        return sb.toString();
    }

    /**
     * Parses a Chinese numeral of 0..9999.
     *
     * @throws NumberFormatException with a Chinese message if {@code s} is not a well-formed numeral
     */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            throw invalid(s, "为空");
        }
        if (s.length() == 1 && digitValue(s.charAt(0)) == 0) {
            return 0;
        }
        int total = 0;
        int digit = -1;          // digit read but not yet multiplied by a unit
        int lastUnit = NO_UNIT;  // place of the previous unit
        boolean zeroGap = false; // a 零 stands between the previous unit and what follows
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            int u = unitValue(c);
            if (d == 0) {
                if (lastUnit == NO_UNIT || zeroGap || digit >= 0) {
                    throw invalid(s, "“零”的位置不对");
                }
                zeroGap = true;
            } else if (d > 0) {
                if (digit >= 0) {
                    throw invalid(s, "两个数字相连");
                }
                digit = d;
            } else if (u > 0) {
                if (digit < 0) {
                    if (u == 10 && (lastUnit == NO_UNIT || zeroGap)) {
                        digit = 1; // 十五 = 一十五; 一千零十 = 一千零一十
                    } else {
                        throw invalid(s, "“" + c + "”前缺少数字");
                    }
                }
                checkPlace(s, u, lastUnit, zeroGap);
                total += digit * u;
                lastUnit = u;
                digit = -1;
                zeroGap = false;
            } else {
                throw invalid(s, "含有非数字字符“" + c + "”");
            }
        }
        if (digit >= 0) {
            checkPlace(s, 1, lastUnit, zeroGap);
            total += digit;
        } else if (zeroGap) {
            throw invalid(s, "不能以“零”结尾");
        }
        return total;
    }

    /** True if {@code c} may appear in a Chinese numeral (digit or 十百千). */
    public static boolean isNumeralChar(char c) {
        return digitValue(c) >= 0 || unitValue(c) > 0;
    }

    /**
     * Places must go down one step at a time, or skip places only across a 零:
     * 一百五 (150 or 105?) and 一百零五十 are rejected rather than guessed.
     */
    private static void checkPlace(String s, int place, int lastUnit, boolean zeroGap) {
        if (lastUnit == NO_UNIT) {
            return;
        }
        boolean ok = zeroGap ? place * 10 < lastUnit : place * 10 == lastUnit;
        if (!ok) {
            throw invalid(s, zeroGap ? "“零”后的数位不对" : "数位不连续（缺少“零”或写法不规范）");
        }
    }

    private static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unitValue(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static NumberFormatException invalid(String s, String why) {
        return new NumberFormatException("无法识别中文数字“" + s + "”：" + why);
    }
}
