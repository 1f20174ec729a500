package cn.zfgs.content.published;

import java.time.Instant;

/**
 * 发布日志已追加 — a CDI event fired inside the transaction that appends an event to the {@link PublicationLog}.
 * Observers that keep something in step with the published model watch for it after the transaction succeeds
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}), so they never act on a change that was rolled back.
 */
public record LogAppended(long seq, Instant occurredAt) {
}
