package cn.zfgs.content.editorial;

/**
 * 流程规则不允许的操作 — a staff action the workflow rules forbid. The message is Chinese and shown to the user as is.
 */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
