package cn.zfgs.content.workflow;

import cn.zfgs.content.editorial.WorkflowException;

/** 并发冲突 — someone else changed the same revision between this action's reading it and writing it. */
public class ConcurrentChangeException extends WorkflowException {

    public ConcurrentChangeException() {
        super("该修订刚被其他人处理（批准、退回或修改），您的操作未生效，请刷新后查看最新状态");
    }
}
