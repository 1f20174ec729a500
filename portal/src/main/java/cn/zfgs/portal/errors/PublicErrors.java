package cn.zfgs.portal.errors;

/** Turns malformed public input into the 400 / 404 the error pages render, never a 500. */
public final class PublicErrors {

    private static final int MAX_ID_DIGITS = 18;

    private PublicErrors() {
    }

    /** A positive numeric identifier, or a 400 naming the parameter. */
    public static Long requireId(String raw, String fieldName) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_ID_DIGITS || !raw.chars().allMatch(Character::isDigit)) {
            throw new PublicInputException(400, fieldName + "格式不正确：应为不超过 18 位的数字");
        }
        long value = Long.parseLong(raw);
        if (value <= 0) {
            throw new PublicInputException(400, fieldName + "格式不正确：应为正整数");
        }
        return value;
    }

    public static PublicInputException notFound(String message) {
        return new PublicInputException(404, message);
    }
}
