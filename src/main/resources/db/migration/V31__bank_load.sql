-- The last load of a bank folder, shared by every node: a fingerprint of what the folder held (so that a
-- node started later does not sync an unchanged bank again) and the load report admins read.
CREATE TABLE bank_load (
    id           VARCHAR(80)      PRIMARY KEY,
    fingerprint  VARCHAR(64)      NOT NULL,
    loaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by    VARCHAR(200)     NOT NULL,
    report       VARCHAR(1000000) NOT NULL,
    version      BIGINT           DEFAULT 0 NOT NULL
);
