package cn.zfgs.portal.opendata;

/**
 * 发布日志位置 — how far the publication log had got when something was read from the published tables: the
 * sequence number and a fingerprint of the event at it. A read model or snapshot that stored a position can tell
 * whether the database it follows is still the one it was made from (after a restore or a rebuilt test database,
 * the event at that sequence differs or is missing).
 */
public record LogPosition(long sequence, String fingerprint) {

    public static final LogPosition START = new LogPosition(0, "0");
}
