package cn.zfgs.content.workflow;

/** 字段错误 — what is wrong with one field of a form, in Chinese, naming the field and the rule. */
public record FieldError(String field, String message) {
}
