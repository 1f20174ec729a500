-- 行政执法统计年报 through the approval workflow (ADR 0015).
-- A report's draft is made by the system in January (no staff member created it): its item and first revision
-- record no author; everything after it (submission, review, approval) is done by staff as for any content.
ALTER TABLE content_item ALTER COLUMN created_by DROP NOT NULL;
ALTER TABLE revision ALTER COLUMN created_by DROP NOT NULL;

-- The published report: its figures frozen as approved (JSON of AnnualReportContent), so that corrections and
-- withdrawals after the approval, and expiring publication periods, do not change a published report.
CREATE TABLE pub_annual_report (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    report_year         INT          NOT NULL,
    figures             VARCHAR      NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_annual_report_agency_year ON pub_annual_report (agency_id, report_year, is_current);
