package cn.zfgs.content.record;

/** 记录的操作 — every kind of staff action the full-process record knows. */
public enum RecordAction {
    CREATE("新建"),
    EDIT("修改"),
    SUBMIT("提交审核"),
    REVIEW("审核"),
    LEGAL_REVIEW("法制审核"),
    APPROVE("批准"),
    REJECT("退回"),
    REDACT("屏蔽"),
    REDACTION_SUGGEST("屏蔽建议"),
    REDACTION_ACCEPT("确认屏蔽"),
    REDACTION_REJECT("驳回屏蔽建议"),
    REDACTION_REANCHOR("屏蔽区段随修改调整"),
    PUBLISH("发布"),
    SCHEDULE("定时发布"),
    UNSCHEDULE("取消定时发布"),
    CORRECT("更正"),
    WITHDRAW("撤回"),
    EXPIRE("公示期满撤下"),
    IMPORT("导入"),
    LOGIN("登录"),
    TRIAGE("纠错工单处理"),
    ADMINISTER("系统管理");

    private final String label;

    RecordAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
