package cn.zfgs.content.published;

import cn.zfgs.content.model.AnnualReportContent;
import cn.zfgs.content.model.ContentJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** 已公开的执法统计年报 — an approved annual report with its figures frozen as approved. */
@Entity
@Table(name = "pub_annual_report")
@IdClass(PublishedKey.class)
public class PublishedAnnualReport extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    @Column(name = "report_year")
    private int year;
    private String figures;

    protected PublishedAnnualReport() {
    }

    public PublishedAnnualReport(PublicationStamp stamp, AnnualReportContent report) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.year = report.year();
        this.figures = ContentJson.write(report);
    }

    public String agencyName() {
        return agencyName;
    }

    public int year() {
        return year;
    }

    /** The report as approved. */
    public AnnualReportContent report() {
        return ContentJson.read(figures, AnnualReportContent.class);
    }
}
