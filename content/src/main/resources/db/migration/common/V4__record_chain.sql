-- 全过程记录: an append-only hash chain of every staff action.
CREATE TABLE record_entry (
    seq                 BIGINT       PRIMARY KEY,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor               VARCHAR(60)  NOT NULL,
    action              VARCHAR(24)  NOT NULL,
    subject             VARCHAR(120) NOT NULL,
    content_hash        VARCHAR(64)  NOT NULL,
    previous_hash       VARCHAR(64)  NOT NULL,
    entry_hash          VARCHAR(64)  NOT NULL
);

-- The chain's head, locked by every append so that entries get consecutive numbers and link to their true predecessor.
CREATE TABLE record_head (
    id                  INT          PRIMARY KEY,
    last_seq            BIGINT       NOT NULL,
    last_hash           VARCHAR(64)  NOT NULL
);
INSERT INTO record_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
