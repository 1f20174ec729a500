package cn.zfgs.content.feedback;

import cn.zfgs.content.model.ContentKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReportSubmissionTest {

    @Test
    void aGoodReportIsCleanedAndAccepted() {
        var checked = new ErrorReportSubmission("DECISION", "42", "  罚款金额写错了，\r\n应为五千元。\u0007 ", " 13800000000 ", "")
                .check();
        assertThat(checked.ok()).isTrue();
        assertThat(checked.accepted()).isEqualTo(new ErrorReportSubmission.Accepted(ContentKind.DECISION, 42L,
                "罚款金额写错了，\n应为五千元。", "13800000000"));
    }

    @Test
    void anEmptyContactIsStoredAsNone() {
        var checked = new ErrorReportSubmission("ENFORCEMENT_ITEM", "7", "办理时限与实际不符", "   ", null).check();
        assertThat(checked.accepted().contact()).isNull();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        var checked = new ErrorReportSubmission("OFFICER", "x", "", "电".repeat(101), "").check();
        assertThat(checked.ok()).isFalse();
        assertThat(checked.robot()).isFalse();
        assertThat(checked.problems()).hasSize(4)
                .anyMatch(p -> p.contains("纠错对象类别"))
                .anyMatch(p -> p.contains("纠错对象编号"))
                .anyMatch(p -> p.contains("“错误内容”为必填项"))
                .anyMatch(p -> p.contains("“联系方式”过长"));
    }

    @Test
    void descriptionLengthIsCountedInCharactersNotBytes() {
        assertThat(new ErrorReportSubmission("DECISION", "1", "错".repeat(1000), null, null).check().ok()).isTrue();
        assertThat(new ErrorReportSubmission("DECISION", "1", "错".repeat(1001), null, null).check().problems())
                .singleElement().asString().contains("最多 1000 个字，当前 1001 个字");
        assertThat(new ErrorReportSubmission("DECISION", "1", "错了", null, null).check().problems())
                .singleElement().asString().contains("过短");
    }

    @Test
    void aFilledHoneypotMarksARobot() {
        var checked = new ErrorReportSubmission("DECISION", "1", "罚款金额写错了", null, "http://spam.example").check();
        assertThat(checked.ok()).isFalse();
        assertThat(checked.robot()).isTrue();
    }

    @Test
    void anOverlongOrZeroIdIsRejected() {
        assertThat(new ErrorReportSubmission("DECISION", "9".repeat(19), "罚款金额写错了", null, null).check().ok()).isFalse();
        assertThat(new ErrorReportSubmission("DECISION", "0", "罚款金额写错了", null, null).check().ok()).isFalse();
    }
}
