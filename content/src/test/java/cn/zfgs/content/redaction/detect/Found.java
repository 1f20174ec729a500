package cn.zfgs.content.redaction.detect;

import java.util.ArrayList;
import java.util.List;

/** Test helper: what one detector finds in a text, as the covered substrings. */
final class Found {

    private Found() {
    }

    static List<String> by(Detector detector, String text) {
        List<Finding> out = new ArrayList<>();
        detector.find(text, out);
        return out.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
