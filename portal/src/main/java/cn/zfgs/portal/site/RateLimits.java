package cn.zfgs.portal.site;

import cn.zfgs.portal.config.PortalConfig;
import cn.zfgs.portal.errors.TooManyRequestsException;
import cn.zfgs.portal.pdf.PdfConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * 访问频率限制 — per-client token buckets (Bucket4j) for the public actions that cost something or could be
 * abused: officer verification (enumerating certificate numbers), PDF verification (parsing uploads of up to
 * {@code pdf.verify-max-megabytes}; its own allowance, so that one does not use up the other) and error reports
 * (filling the staff's queue).
 * The client is the remote address as the HTTP layer reports it (the forwarded one, when the portal runs behind a
 * trusted proxy with {@code quarkus.http.proxy.proxy-address-forwarding}). Buckets live in a bounded Caffeine cache,
 * so a flood of addresses cannot exhaust memory; an evicted client simply starts with a full bucket.
 */
@ApplicationScoped
public class RateLimits {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    PortalConfig config;
    @Inject
    PdfConfig pdf;
    @Inject
    HttpServerRequest request;

    private Cache<String, Bucket> verifications;
    private Cache<String, Bucket> reports;
    private Cache<String, Bucket> pdfVerifications;

    @PostConstruct
    void init() {
        verifications = buckets(Duration.ofMinutes(2));
        reports = buckets(Duration.ofHours(2));
        pdfVerifications = buckets(Duration.ofMinutes(2));
    }

    /** Takes one officer verification from this client's allowance, or answers 429 in Chinese. */
    public void verification() {
        take(verifications, () -> perPeriod(config.verificationsPerMinute(), Duration.ofMinutes(1)),
                "核验过于频繁：每个网络地址每分钟最多核验 " + config.verificationsPerMinute() + " 次。");
    }

    /** Takes one PDF verification from this client's allowance, or answers 429 in Chinese. */
    public void pdfVerification() {
        take(pdfVerifications, () -> perPeriod(pdf.verificationsPerMinute(), Duration.ofMinutes(1)),
                "PDF 核验过于频繁：每个网络地址每分钟最多核验 " + pdf.verificationsPerMinute() + " 个文件。");
    }

    /** Takes one error report from this client's allowance, or answers 429 in Chinese. */
    public void report() {
        take(reports, () -> perPeriod(config.reportsPerHour(), Duration.ofHours(1)),
                "纠错提交过于频繁：每个网络地址每小时最多提交 " + config.reportsPerHour() + " 次。");
    }

    private void take(Cache<String, Bucket> buckets, Supplier<Bucket> fresh, String rule) {
        Bucket bucket = buckets.get(client(), key -> fresh.get());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new TooManyRequestsException(rule + "请在 " + seconds + " 秒后再试。", seconds);
        }
    }

    private String client() {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    private static Bucket perPeriod(int capacity, Duration period) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period))
                .build();
    }

    private static Cache<String, Bucket> buckets(Duration idle) {
        return Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(idle).build();
    }
}
