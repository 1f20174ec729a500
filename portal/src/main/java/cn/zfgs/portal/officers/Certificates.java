package cn.zfgs.portal.officers;

import cn.zfgs.portal.errors.PublicInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** 执法证号 as typed by a visitor: blanks dropped, letters upper-cased, and anything else than a certificate refused. */
final class Certificates {

    static final int MAX_LENGTH = 30;
    private static final Pattern FORM = Pattern.compile("[0-9A-Z-]+");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000]+");

    private Certificates() {
    }

    /** The normalised number, or a 400 naming the field and the rule. */
    static String normalise(String raw) {
        String c = BLANKS.matcher(raw == null ? "" : raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            throw new PublicInputException(400, "请输入执法证号（certificate）：执法证上印有的编号，由数字和字母组成。");
        }
        if (c.length() > MAX_LENGTH || !FORM.matcher(c).matches()) {
            throw new PublicInputException(400, "执法证号（certificate）格式不正确：应为不超过 " + MAX_LENGTH
                    + " 位的数字、字母或连字符，例如 3601000300012。");
        }
        return c;
    }
}
