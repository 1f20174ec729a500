package cn.zfgs.portal.config;

/** 部署模式 — the three ways one build runs (ADR 2): both sides, the public site only, or the staff area only. */
public enum DeploymentMode {
    COMBINED, PUBLIC, ADMIN
}
