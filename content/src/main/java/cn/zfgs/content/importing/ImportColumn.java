package cn.zfgs.content.importing;

/**
 * 导入列 — one column of an import template: its Chinese header, the content field it fills, whether it must be
 * filled, the rule in words (shown on the import page and in the template) and an example value.
 */
public record ImportColumn(String header, String field, boolean required, String rule, String example) {
}
