package cn.zfgs.admin.forms;

import cn.zfgs.content.workflow.FieldError;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the management screens share: field errors keyed by field, choices of a list, notices after a redirect. */
public final class Forms {

    /** One choice of a select, a checkbox list or radio buttons. */
    public record Option(String value, String label, boolean selected) {
    }

    private Forms() {
    }

    /** Field errors by field; two rules broken on one field are shown together. */
    public static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
        return byField;
    }

    /** Back to {@code path} with a notice the page shows once (the pattern of the revision screen). */
    public static URI done(String path, String notice) {
        return URI.create(path + "?done=" + URLEncoder.encode(notice, StandardCharsets.UTF_8));
    }

    /** A notice from the query, if it is short enough to be one of ours. */
    public static String notice(String text) {
        return text == null || text.length() > 300 ? null : text;
    }

    public static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
