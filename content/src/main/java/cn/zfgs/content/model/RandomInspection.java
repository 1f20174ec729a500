package cn.zfgs.content.model;

/** 随机抽查事项 — the attributes that put an enforcement item on the random-inspection list. */
public record RandomInspection(
        String subject,
        String targets,
        String content,
        String ratio,
        String method,
        String frequency) {
}
