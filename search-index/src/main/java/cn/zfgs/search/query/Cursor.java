package cn.zfgs.search.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * 翻页位置 — where the next page of a date-sorted search starts: after the last hit's date and key (search-after),
 * so paging stays fast and stable however deep it goes and whatever is published meanwhile.
 */
public record Cursor(LocalDate date, String key) {

    private static final int MAX_LENGTH = 200;

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((date.toEpochDay() + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor parse(String token) {
        try {
            if (token.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            LocalDate date = LocalDate.ofEpochDay(Long.parseLong(text.substring(0, bar)));
            String key = text.substring(bar + 1);
            if (!key.matches("[A-Z_]+:\\d{1,18}")) {
                throw new IllegalArgumentException("bad key");
            }
            return new Cursor(date, key);
        } catch (RuntimeException e) {
            throw new QueryRejected("after", "翻页参数 after 无效：请从搜索结果页的“下一页”链接进入。");
        }
    }
}
