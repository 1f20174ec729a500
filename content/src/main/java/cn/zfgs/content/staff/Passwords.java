package cn.zfgs.content.staff;

import cn.zfgs.content.workflow.FieldError;

import java.util.ArrayList;
import java.util.List;

/** 初始密码规则 — what a password set by an administrator must be, with the Chinese message for each rule. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private Passwords() {
    }

    public static List<FieldError> check(String password, String confirmation) {
        List<FieldError> errors = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.length() < MIN_LENGTH) {
            errors.add(new FieldError("password", "密码：至少 " + MIN_LENGTH + " 个字符"));
        } else if (p.length() > MAX_LENGTH) {
            errors.add(new FieldError("password", "密码：最多 " + MAX_LENGTH + " 个字符"));
        } else if (p.chars().noneMatch(Character::isLetter) || p.chars().noneMatch(Character::isDigit)) {
            errors.add(new FieldError("password", "密码：须同时包含字母和数字"));
        }
        if (!p.equals(confirmation == null ? "" : confirmation)) {
            errors.add(new FieldError("confirmation", "确认密码：两次输入的密码不一致"));
        }
        return errors;
    }
}
