-- 机关公示规则: each agency's own standard for 重大执法决定 and its publication periods (公示期限).
CREATE TABLE agency_policy (
    agency_id                   BIGINT        PRIMARY KEY REFERENCES agency (id),
    major_natural_person_fine   NUMERIC(14,2) NOT NULL,
    major_organisation_fine     NUMERIC(14,2) NOT NULL,
    minor_natural_person_fine   NUMERIC(14,2),
    minor_organisation_fine     NUMERIC(14,2),
    minor_months                INT,
    updated_by                  BIGINT        NOT NULL REFERENCES staff_account (id),
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version                INT           NOT NULL
);

-- Decision types that are always 重大 for the agency, whatever the amount.
CREATE TABLE agency_major_type (
    agency_id       BIGINT      NOT NULL REFERENCES agency_policy (agency_id),
    decision_type   VARCHAR(16) NOT NULL,
    PRIMARY KEY (agency_id, decision_type)
);

CREATE TABLE agency_publication_period (
    agency_id       BIGINT      NOT NULL REFERENCES agency_policy (agency_id),
    decision_type   VARCHAR(16) NOT NULL,
    months          INT         NOT NULL,
    PRIMARY KEY (agency_id, decision_type)
);

-- A decision whose publication period ends is taken down by the system, not by a member of staff.
ALTER TABLE withdrawal ALTER COLUMN withdrawn_by DROP NOT NULL;
CREATE INDEX decision_timeline_published ON decision_timeline (published_on);
