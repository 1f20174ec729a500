package cn.zfgs.content.redaction;

import cn.zfgs.content.model.Content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 脱敏 — makes the public projection of a content: each redactable field with its confirmed spans applied.
 * The only way from editorial text to anything public goes through {@link #project}.
 */
public final class Redactor {

    private Redactor() {
    }

    /** The content as the public may see it. Spans must be valid for the content (see {@link #validate}). */
    public static Content project(Content content, List<RedactionSpan> confirmed) {
        validate(content, confirmed);
        Map<String, List<RedactionSpan>> byField = new HashMap<>();
        for (RedactionSpan span : confirmed) {
            byField.computeIfAbsent(span.field(), f -> new ArrayList<>()).add(span);
        }
        Map<String, String> redacted = new HashMap<>();
        byField.forEach((field, spans) -> redacted.put(field, apply(content.redactableFields().get(field), spans)));
        return content.withFields(redacted);
    }

    /** Rejects spans on fields the content does not have, spans past the end of their text, and overlaps. */
    public static void validate(Content content, List<RedactionSpan> spans) {
        Map<String, String> fields = content.redactableFields();
        for (int i = 0; i < spans.size(); i++) {
            RedactionSpan span = spans.get(i);
            String text = fields.get(span.field());
            if (text == null) {
                throw new IllegalArgumentException("字段“" + span.field() + "”不存在或不能屏蔽");
            }
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("字段“" + span.field() + "”的屏蔽区段超出文本长度（"
                        + span.end() + " > " + text.length() + "）");
            }
            for (int j = 0; j < i; j++) {
                if (span.overlaps(spans.get(j))) {
                    throw new IllegalArgumentException("字段“" + span.field() + "”的屏蔽区段相互重叠（起点 "
                            + spans.get(j).start() + " 与 " + span.start() + "）");
                }
            }
        }
    }

    static String apply(String text, List<RedactionSpan> spans) {
        List<RedactionSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(RedactionSpan::start));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (RedactionSpan span : ordered) {
            out.append(text, at, span.start()).append(span.replacement());
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
