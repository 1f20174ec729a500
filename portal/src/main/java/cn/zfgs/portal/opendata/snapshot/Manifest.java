package cn.zfgs.portal.opendata.snapshot;

import java.util.List;

/**
 * 快照清单 — what one snapshot holds, written as {@code manifest.json} beside its files: when it was made, the
 * publication log position it reflects (a mirror continues from there with the change feed), and for every
 * dataset the record count and every file's size and SHA-256.
 */
public record Manifest(String id, String createdAt, long sequence, String fingerprint, List<DatasetEntry> datasets) {

    /** One dataset in the snapshot. */
    public record DatasetEntry(String name, String title, long records, List<FileEntry> files) {
    }

    /** One file: the gzip-compressed dataset in one format. */
    public record FileEntry(String format, String file, String mediaType, long bytes, String sha256) {
    }
}
