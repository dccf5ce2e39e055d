-- The question bank as served: topics and the current version of every question, plus the
-- history of every version. Questions are retired, never deleted (learners' cards refer to them).
-- Long texts are VARCHAR(n): H2 reads TEXT as a CLOB, which a String column does not validate against.

CREATE TABLE bank_topic (
    id          VARCHAR(80)  PRIMARY KEY,
    parent_id   VARCHAR(80),
    sort_order  INTEGER      NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    retired     BOOLEAN      DEFAULT FALSE NOT NULL,
    version     BIGINT       DEFAULT 0 NOT NULL
);

CREATE TABLE bank_question (
    id            VARCHAR(80)    PRIMARY KEY,
    topic_id      VARCHAR(80)    NOT NULL,
    question_type VARCHAR(20)    NOT NULL,
    tags          VARCHAR(500)   NOT NULL,
    text_zh       VARCHAR(4000)  NOT NULL,
    text_en       VARCHAR(4000)  NOT NULL,
    search_text   VARCHAR(65535) NOT NULL,
    revision      INTEGER        NOT NULL,
    content_hash  VARCHAR(64)    NOT NULL,
    content       VARCHAR(65535) NOT NULL,
    retired       BOOLEAN        DEFAULT FALSE NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT         DEFAULT 0 NOT NULL
);

CREATE INDEX ix_bank_question_topic ON bank_question (topic_id, id);

CREATE TABLE bank_question_revision (
    question_id  VARCHAR(80)    NOT NULL,
    revision     INTEGER        NOT NULL,
    content_hash VARCHAR(64)    NOT NULL,
    content      VARCHAR(65535) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_bank_question_revision PRIMARY KEY (question_id, revision)
);
