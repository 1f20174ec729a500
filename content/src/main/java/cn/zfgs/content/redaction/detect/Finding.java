package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.redaction.RedactionCategory;

/**
 * 检出 — a stretch of one text that a detector takes for personal data: characters {@code start} to {@code end}
 * (exclusive, UTF-16 offsets), its category and the replacement it proposes.
 */
public record Finding(int start, int end, RedactionCategory category, String replacement) {

    public Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty finding " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Finding other) {
        return start <= other.start && other.end <= end;
    }
}
