package cn.zfgs.content.redaction.detect;

import java.util.List;

/**
 * 检测器 — finds one kind of personal data in a text. Implementations scan characters in one pass (no backtracking
 * regular expressions), so that the detectors together keep up with tens of megabytes a second.
 */
public interface Detector {

    /** Adds to {@code out} every finding in {@code text}, in any order; overlaps are resolved by the caller. */
    void find(String text, List<Finding> out);
}
