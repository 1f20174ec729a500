package cn.zfgs.content.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 导入任务 — one uploaded file being checked (试运行) or imported, with its progress and its counts. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** Where the job stands. */
    public enum State {
        QUEUED("排队中"), RUNNING("进行中"), DONE("已完成"), FAILED("未导入");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 校验 reads every row and checks it; 写入 puts the good rows in (never on a dry run). */
    public enum Phase {
        CHECKING("逐行校验"), WRITING("写入");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ImportKind kind;
    @Column(name = "agency_id")
    private Long agencyId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "file_sha256")
    private String fileSha256;
    @Column(name = "dry_run")
    private boolean dryRun;
    private boolean submit;
    @Enumerated(EnumType.STRING)
    private State state;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    @Column(name = "total_rows")
    private int totalRows;
    @Column(name = "processed_rows")
    private int processedRows;
    @Column(name = "created_count")
    private int createdCount;
    @Column(name = "updated_count")
    private int updatedCount;
    @Column(name = "unchanged_count")
    private int unchangedCount;
    @Column(name = "bad_rows")
    private int badRows;
    private String message;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(ImportKind kind, Long agencyId, Long staffId, String fileName, String fileSha256, boolean dryRun,
            boolean submit, Instant createdAt) {
        this.kind = kind;
        this.agencyId = agencyId;
        this.staffId = staffId;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.dryRun = dryRun;
        this.submit = submit;
        this.state = State.QUEUED;
        this.phase = Phase.CHECKING;
        this.createdAt = createdAt;
    }

    public void checking(int processed) {
        state = State.RUNNING;
        phase = Phase.CHECKING;
        processedRows = processed;
    }

    /** The check is over: {@code total} data rows, {@code bad} of them refused. */
    public void checked(int total, int bad) {
        totalRows = total;
        badRows = bad;
        processedRows = 0;
        phase = Phase.WRITING;
    }

    public void wrote(int processed, int created, int updated, int unchanged, int bad) {
        processedRows = processed;
        createdCount = created;
        updatedCount = updated;
        unchangedCount = unchanged;
        badRows = bad;
    }

    public void finish(Instant at) {
        state = State.DONE;
        processedRows = totalRows;
        finishedAt = at;
    }

    /** The file as a whole could not be read: nothing from it was written. */
    public void fail(String why, Instant at) {
        state = State.FAILED;
        message = why.length() > 500 ? why.substring(0, 500) : why;
        finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Long staffId() {
        return staffId;
    }

    public String fileName() {
        return fileName;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public boolean submit() {
        return submit;
    }

    public State state() {
        return state;
    }

    public Phase phase() {
        return phase;
    }

    public int totalRows() {
        return totalRows;
    }

    public int processedRows() {
        return processedRows;
    }

    public int createdCount() {
        return createdCount;
    }

    public int updatedCount() {
        return updatedCount;
    }

    public int unchangedCount() {
        return unchangedCount;
    }

    public int badRows() {
        return badRows;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
