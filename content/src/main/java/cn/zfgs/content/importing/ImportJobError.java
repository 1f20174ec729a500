package cn.zfgs.content.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 导入错误 — one refused cell of an import: the row as the spreadsheet numbers it, the column, the rule. */
@Entity
@Table(name = "import_job_error")
public class ImportJobError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "job_id")
    private Long jobId;
    @Column(name = "line_no")
    private int rowNumber;
    @Column(name = "column_name")
    private String columnName;
    private String message;

    protected ImportJobError() {
    }

    public ImportJobError(Long jobId, int rowNumber, String columnName, String message) {
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        this.columnName = columnName.length() > 40 ? columnName.substring(0, 40) : columnName;
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
    }

    public Long id() {
        return id;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public String columnName() {
        return columnName;
    }

    public String message() {
        return message;
    }
}
