package cn.zfgs.content.demo;

import cn.zfgs.content.model.CreditCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * 代码校验位 — the check characters of the two national identifiers the demo plants: the 18-character
 * 统一社会信用代码 (GB 32100-2015, whose characters 9–17 are the 组织机构代码 of GB 11714 with its own check
 * character) and the 18-digit 公民身份号码 (GB 11643-1999, ISO 7064 MOD 11-2). Generated codes pass the same
 * checks a real validator applies, so detectors and forms treat them as real.
 */
public final class DemoCodes {

    /** GB 32100 characters: digits and capitals without I, O, S, V, Z. */
    static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private DemoCodes() {
    }

    /**
     * A 统一社会信用代码: {@code kind} is the registration authority and type (11 机关, 12 事业单位, 52 民办非企业单位,
     * 91 企业, 92 个体工商户), {@code region} the 6-digit administrative division. The organisation part is the
     * post-2015 form: two letters, six random characters and the GB 11714 check character.
     */
    public static String creditCode(String kind, String region, String series, Random random) {
        StringBuilder body = new StringBuilder(series);
        while (body.length() < 8) {
            body.append(CREDIT_CODE_CHARS.charAt(random.nextInt(CREDIT_CODE_CHARS.length())));
        }
        return complete(kind + region + body);
    }

    /** The code whose first 16 characters are given: the organisation code's check, then the whole code's. */
    static String complete(String first16) {
        String first17 = first16 + organisationCheck(first16.substring(8, 16));
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Whether {@code code} is a valid 统一社会信用代码 whose organisation part also has a valid GB 11714 check. */
    public static boolean isValidCreditCode(String code) {
        return CreditCode.isValid(code) && code.charAt(16) == organisationCheck(code.substring(8, 16));
    }

    /**
     * A 公民身份号码 for someone registered in {@code region}, born on {@code birth}; the sequence number is odd for
     * men and even for women, as the standard prescribes.
     */
    public static String idNumber(String region, LocalDate birth, boolean male, Random random) {
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = region + BIRTH.format(birth) + String.format("%03d", sequence);
        return first17 + idCheck(first17);
    }

    /** Whether {@code id} is 17 digits and the right GB 11643 check character. */
    public static boolean isValidIdNumber(String id) {
        return id != null && id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)
                && id.charAt(17) == idCheck(id.substring(0, 17));
    }

    static char organisationCheck(CharSequence body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body8.charAt(i), 36) * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static char idCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }
}
