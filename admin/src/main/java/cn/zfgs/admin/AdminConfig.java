package cn.zfgs.admin;

import io.smallrye.config.ConfigMapping;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** 工作人员后台配置 — the {@code admin.*} settings, with their defaults. */
@ConfigMapping(prefix = "admin")
public interface AdminConfig {

    /** A session ends after this long without a request (ISO-8601 or Quarkus duration, e.g. 30M). */
    @WithDefault("30M")
    Duration sessionIdleTimeout();

    /** A session ends this long after sign-in, however active. */
    @WithDefault("12H")
    Duration sessionAbsoluteTimeout();

    /**
     * Whether the session cookie is marked Secure (sent over HTTPS only). Keep true in production; browsers treat
     * http://localhost as secure, so the quick start works with it too.
     */
    @WithDefault("true")
    boolean secureCookie();

    /**
     * 动态口令: whether every 系统管理员 must have a TOTP second factor. When true, an administrator without one is sent
     * to their account page to set it up before any other page opens, and cannot turn it off. Other staff may always
     * opt in.
     */
    @WithDefault("false")
    boolean totpRequiredForAdministrators();

    /**
     * 批量导入: the largest file accepted. Keep it below {@code quarkus.http.limits.max-body-size} (10M by default),
     * which refuses larger requests before they reach the import page.
     */
    @WithDefault("8M")
    MemorySize importMaxFileSize();

    /** 批量导入: the most data rows one file may have. */
    @WithDefault("50000")
    int importMaxRows();

    /** 实时推送: requests each API key may make per minute; more get 429 with the wait in Retry-After. */
    @WithDefault("120")
    int pushRequestsPerMinute();
}
