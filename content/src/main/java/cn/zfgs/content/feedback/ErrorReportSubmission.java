package cn.zfgs.content.feedback;

import cn.zfgs.content.model.ContentKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 纠错申请 — what a visitor typed into the error-report form, before it becomes a ticket. {@link #check()} says,
 * in Chinese and naming the field, everything that is wrong with it at once, or gives the cleaned-up values.
 *
 * @param subjectKind what kind of page the report is about (as sent by the form)
 * @param subjectId   which item (as sent by the form)
 * @param description what is wrong, in the visitor's words
 * @param contact     how staff may reach the visitor; optional
 * @param trap        the honeypot field, hidden from people: anything in it means a robot filled the form
 */
public record ErrorReportSubmission(String subjectKind, String subjectId, String description, String contact,
        String trap) {

    public static final int MIN_DESCRIPTION = 5;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_CONTACT = 100;
    /** The pages that carry the form. */
    public static final Set<ContentKind> REPORTABLE = EnumSet.of(ContentKind.ENFORCEMENT_ITEM, ContentKind.DECISION);

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");
    private static final int MAX_ID_DIGITS = 18;

    /** A submission that passed every check: trimmed, line breaks normalised, control characters removed. */
    public record Accepted(ContentKind subjectKind, Long subjectId, String description, String contact) {
    }

    /** The outcome of {@link #check()}: either accepted values or the problems to show. */
    public record Checked(Accepted accepted, List<String> problems, boolean robot) {

        public boolean ok() {
            return accepted != null;
        }
    }

    public Checked check() {
        if (trap != null && !trap.isEmpty()) {
            return new Checked(null, List.of("提交未被接受。"), true);
        }
        List<String> problems = new ArrayList<>();
        ContentKind kind = kind(problems);
        Long id = id(problems);
        String text = clean(description);
        if (text.isEmpty()) {
            problems.add("“错误内容”为必填项：请说明哪一处信息有误，以及正确的信息是什么。");
        } else if (text.codePointCount(0, text.length()) < MIN_DESCRIPTION) {
            problems.add("“错误内容”过短：请至少写 " + MIN_DESCRIPTION + " 个字，说明哪一处信息有误。");
        } else if (text.codePointCount(0, text.length()) > MAX_DESCRIPTION) {
            problems.add("“错误内容”过长：最多 " + MAX_DESCRIPTION + " 个字，当前 "
                    + text.codePointCount(0, text.length()) + " 个字。");
        }
        String reach = clean(contact).replace('\n', ' ').replace('\t', ' ');
        if (reach.codePointCount(0, reach.length()) > MAX_CONTACT) {
            problems.add("“联系方式”过长：最多 " + MAX_CONTACT + " 个字。");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems), false);
        }
        return new Checked(new Accepted(kind, id, text, reach.isEmpty() ? null : reach), List.of(), false);
    }

    private ContentKind kind(List<String> problems) {
        for (ContentKind k : REPORTABLE) {
            if (k.name().equals(subjectKind)) {
                return k;
            }
        }
        problems.add("“纠错对象类别”无效：只能对执法事项或执法决定提交纠错。");
        return null;
    }

    private Long id(List<String> problems) {
        if (subjectId == null || subjectId.isEmpty() || subjectId.length() > MAX_ID_DIGITS
                || !subjectId.chars().allMatch(c -> c >= '0' && c <= '9') || Long.parseLong(subjectId) <= 0) {
            problems.add("“纠错对象编号”无效：应为不超过 18 位的正整数。");
            return null;
        }
        return Long.parseLong(subjectId);
    }

    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        return CONTROL.matcher(LINE_BREAKS.matcher(s).replaceAll("\n")).replaceAll("").strip();
    }
}
