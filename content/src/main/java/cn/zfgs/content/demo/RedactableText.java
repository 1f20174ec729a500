package cn.zfgs.content.demo;

import cn.zfgs.content.demo.DemoParties.Planted;
import cn.zfgs.content.redaction.RedactionSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * 待屏蔽文本 — one redactable field written piece by piece. Personal values are appended with {@link #personal},
 * which records the redaction span at the exact offset, so the spans can never drift from the text.
 */
final class RedactableText {

    private final String field;
    private final StringBuilder text = new StringBuilder();
    private final List<RedactionSpan> spans = new ArrayList<>();

    RedactableText(String field) {
        this.field = field;
    }

    RedactableText add(String plain) {
        text.append(plain);
        return this;
    }

    RedactableText personal(Planted value) {
        spans.add(new RedactionSpan(field, text.length(), value.value().length(), value.category(),
                value.replacement()));
        text.append(value.value());
        return this;
    }

    String text() {
        return text.toString();
    }

    List<RedactionSpan> spans() {
        return List.copyOf(spans);
    }
}
