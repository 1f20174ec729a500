package cn.zfgs.content.feedback;

import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.model.ContentKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a ticket moves: accepted once, closed once, never without a reply. */
class ErrorReportTriageRulesTest {

    private static ErrorReport ticket() {
        return new ErrorReport(new ErrorReportSubmission.Accepted(ContentKind.DECISION, 7L, "罚款金额写错了", null), 1,
                3L, Instant.EPOCH);
    }

    @Test
    void aTicketIsAcceptedThenClosedWithAReply() {
        ErrorReport report = ticket();
        report.accept(1L, Instant.EPOCH);
        assertThat(report.status()).isEqualTo(ErrorReport.Status.ACCEPTED);
        assertThatThrownBy(() -> report.accept(1L, Instant.EPOCH)).isInstanceOf(WorkflowException.class)
                .hasMessage("只有待处理的工单可以受理（当前：已受理）");
        assertThatThrownBy(() -> report.close(ErrorReport.Status.RESOLVED, "  ", 1L, Instant.EPOCH))
                .hasMessage("答复：必须填写，说明核查结果");
        report.close(ErrorReport.Status.RESOLVED, " 已更正罚款金额。 ", 1L, Instant.EPOCH);
        assertThat(report.reply()).isEqualTo("已更正罚款金额。");
        assertThatThrownBy(() -> report.close(ErrorReport.Status.REJECTED, "再次", 1L, Instant.EPOCH))
                .hasMessage("该工单已办结（已更正），不能再次办结");
    }

    @Test
    void aNewTicketMayBeClosedAtOnceButNotBackToNew() {
        ErrorReport report = ticket();
        assertThatThrownBy(() -> report.close(ErrorReport.Status.ACCEPTED, "答复", 1L, Instant.EPOCH))
                .hasMessage("办结结果：请选择“已更正”或“不予更正”");
        report.close(ErrorReport.Status.REJECTED, "经核查，公开信息与决定书一致。", 1L, Instant.EPOCH);
        assertThat(report.status().closed()).isTrue();
        assertThatThrownBy(() -> report.close(ErrorReport.Status.RESOLVED, "x".repeat(1001), 1L, Instant.EPOCH))
                .isInstanceOf(WorkflowException.class);
    }
}
