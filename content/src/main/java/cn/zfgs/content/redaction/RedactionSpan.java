package cn.zfgs.content.redaction;

import java.util.Objects;

/**
 * 屏蔽区段 — a stretch of one field of a revision that the public projection replaces:
 * {@code length} characters from {@code start} (UTF-16 offsets, as Java strings count) become {@code replacement}.
 */
public record RedactionSpan(String field, int start, int length, RedactionCategory category, String replacement) {

    public RedactionSpan {
        Objects.requireNonNull(field);
        Objects.requireNonNull(category);
        Objects.requireNonNull(replacement);
        if (start < 0 || length <= 0) {
            throw new IllegalArgumentException("屏蔽区段的起点不能为负、长度必须大于零");
        }
    }

    public int end() {
        return start + length;
    }

    public boolean overlaps(RedactionSpan other) {
        return field.equals(other.field) && start < other.end() && other.start < end();
    }
}
