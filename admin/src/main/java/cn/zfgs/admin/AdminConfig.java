package cn.zfgs.admin;

import io.smallrye.config.ConfigMapping;
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
}
