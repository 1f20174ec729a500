-- 发布模型: immutable, already-redacted public projections, one row per published version.
-- `is_current` marks the version the public sees now; older versions stay for the public history of corrections.
-- A withdrawal deletes every version and leaves a tombstone: what is not here cannot leak.

CREATE TABLE pub_agency (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    code                VARCHAR(18)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    level               VARCHAR(16)  NOT NULL,
    region_code         VARCHAR(6)   NOT NULL,
    region_name         VARCHAR(100) NOT NULL,
    parent_agency_id    BIGINT,
    legal_authority     VARCHAR         NOT NULL,
    duties              VARCHAR         NOT NULL,
    address             VARCHAR(200) NOT NULL,
    phone               VARCHAR(40)  NOT NULL,
    office_hours        VARCHAR(100) NOT NULL,
    supervision_channel VARCHAR         NOT NULL,
    complaint_channel   VARCHAR         NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_agency_current ON pub_agency (is_current, agency_id);

CREATE TABLE pub_officer (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    name                VARCHAR(40)  NOT NULL,
    certificate_number  VARCHAR(20)  NOT NULL,
    category            VARCHAR(40)  NOT NULL,
    region_code         VARCHAR(6)   NOT NULL,
    region_name         VARCHAR(100) NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    valid_from          DATE         NOT NULL,
    valid_until         DATE         NOT NULL,
    legal_reviewer      BOOLEAN      NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_officer_certificate ON pub_officer (certificate_number, is_current);
CREATE INDEX pub_officer_agency ON pub_officer (is_current, agency_id);

CREATE TABLE pub_enforcement_item (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    code                VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    item_type           VARCHAR(16)  NOT NULL,
    handling_department VARCHAR(100) NOT NULL,
    legal_bases         VARCHAR         NOT NULL,
    time_limit_days     INT,
    time_limit_note     VARCHAR(200) NOT NULL,
    random_inspection   BOOLEAN      NOT NULL,
    inspection_subject  VARCHAR(200),
    inspection_targets  VARCHAR,
    inspection_content  VARCHAR,
    inspection_ratio    VARCHAR(100),
    inspection_method   VARCHAR(200),
    inspection_frequency VARCHAR(100),
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_enforcement_item_current ON pub_enforcement_item (is_current, agency_id, item_type);

CREATE TABLE pub_service_guide (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    enforcement_item_id BIGINT,
    title               VARCHAR(200) NOT NULL,
    accepting_organ     VARCHAR(200) NOT NULL,
    approving_organ     VARCHAR(200) NOT NULL,
    conditions          VARCHAR         NOT NULL,
    materials           VARCHAR         NOT NULL,
    time_limit          VARCHAR(200) NOT NULL,
    fees                VARCHAR(200) NOT NULL,
    place_and_hours     VARCHAR(300) NOT NULL,
    progress_enquiry    VARCHAR(300) NOT NULL,
    consultation        VARCHAR(300) NOT NULL,
    complaints          VARCHAR(300) NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_service_guide_current ON pub_service_guide (is_current, agency_id);

CREATE TABLE pub_flowchart (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    title               VARCHAR(200) NOT NULL,
    item_type           VARCHAR(16)  NOT NULL,
    steps               VARCHAR         NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_flowchart_current ON pub_flowchart (is_current, agency_id);

CREATE TABLE pub_rights_notice (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    title               VARCHAR(200) NOT NULL,
    item_type           VARCHAR(16)  NOT NULL,
    rights              VARCHAR         NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_rights_notice_current ON pub_rights_notice (is_current, agency_id);

CREATE TABLE pub_discretion_benchmark (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    title               VARCHAR(200) NOT NULL,
    violation           VARCHAR         NOT NULL,
    legal_bases         VARCHAR         NOT NULL,
    levels              VARCHAR         NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_discretion_benchmark_current ON pub_discretion_benchmark (is_current, agency_id);

CREATE TABLE pub_decision (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    document_number     VARCHAR(60)  NOT NULL,
    decision_type       VARCHAR(16)  NOT NULL,
    party_name          VARCHAR(200) NOT NULL,
    party_kind          VARCHAR(24)  NOT NULL,
    party_credit_code   VARCHAR(18),
    enforcement_item_id BIGINT,
    facts               VARCHAR         NOT NULL,
    legal_bases         VARCHAR         NOT NULL,
    result              VARCHAR         NOT NULL,
    fine_amount         NUMERIC(14, 2),
    confiscated_amount  NUMERIC(14, 2),
    decision_date       DATE         NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_decision_current_date ON pub_decision (is_current, decision_date);
CREATE INDEX pub_decision_agency ON pub_decision (is_current, agency_id, decision_date);
CREATE INDEX pub_decision_type ON pub_decision (is_current, decision_type, decision_date);

CREATE TABLE pub_inspection_result (
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    is_current          BOOLEAN      NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_note         VARCHAR,
    agency_id           BIGINT       NOT NULL,
    agency_name         VARCHAR(100) NOT NULL,
    task_name           VARCHAR(200) NOT NULL,
    enforcement_item_id BIGINT,
    inspected_name      VARCHAR(200) NOT NULL,
    inspected_credit_code VARCHAR(18),
    inspected_on        DATE         NOT NULL,
    outcome             VARCHAR(16)  NOT NULL,
    findings            VARCHAR         NOT NULL,
    follow_up           VARCHAR         NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX pub_inspection_result_current ON pub_inspection_result (is_current, agency_id, inspected_on);

-- 撤回公告: all that remains public of a withdrawn item.
CREATE TABLE pub_tombstone (
    item_id             BIGINT       PRIMARY KEY,
    kind                VARCHAR(24)  NOT NULL,
    agency_id           BIGINT       NOT NULL,
    reason              VARCHAR(24)  NOT NULL,
    basis_document      VARCHAR(200) NOT NULL,
    withdrawn_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 发布日志: every change to the published tables, in the same transaction, in order.
-- Sequence numbers are handed out under a lock on publication_log_head, so they are also in commit order:
-- a reader that has seen N never later finds an event below N appear.
CREATE TABLE publication_log (
    seq                 BIGINT       PRIMARY KEY,
    event               VARCHAR(12)  NOT NULL,
    kind                VARCHAR(24)  NOT NULL,
    item_id             BIGINT       NOT NULL,
    version             INT          NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX publication_log_item ON publication_log (item_id);

CREATE TABLE publication_log_head (
    id                  INT          PRIMARY KEY,
    last_seq            BIGINT       NOT NULL
);
INSERT INTO publication_log_head (id, last_seq) VALUES (1, 0);
