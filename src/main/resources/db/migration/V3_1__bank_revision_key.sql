-- A question's revisions are keyed by (question_id, revision) instead of an identity column, so that
-- a first load of the bank (about a thousand rows) is written in JDBC batches; with a version column
-- for optimistic locking. The table is rebuilt (copy, drop, rename) because dropping a primary key
-- is written differently in H2 and PostgreSQL.

CREATE TABLE bank_question_revision_keyed (
    question_id  VARCHAR(80)    NOT NULL,
    revision     INTEGER        NOT NULL,
    content_hash VARCHAR(64)    NOT NULL,
    content      VARCHAR(65535) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_bank_question_revision PRIMARY KEY (question_id, revision)
);

INSERT INTO bank_question_revision_keyed (question_id, revision, content_hash, content, created_at, version)
    SELECT question_id, revision, content_hash, content, created_at, 0 FROM bank_question_revision;

DROP TABLE bank_question_revision;

ALTER TABLE bank_question_revision_keyed RENAME TO bank_question_revision;
