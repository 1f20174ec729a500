-- 登录会话: only the hash of the cookie's token is kept; ended_at is set on logout.
CREATE TABLE staff_session (
    token_hash      VARCHAR(64)  PRIMARY KEY,
    staff_id        BIGINT       NOT NULL REFERENCES staff_account (id),
    csrf_token      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_session_staff ON staff_session (staff_id);
