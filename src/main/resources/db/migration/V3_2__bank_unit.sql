-- The units of numeric answers as last loaded, so that answers are graded with them even when the
-- app starts with question files that do not validate.

CREATE TABLE bank_unit (
    id       VARCHAR(80)   PRIMARY KEY,
    content  VARCHAR(4000) NOT NULL,
    version  BIGINT        DEFAULT 0 NOT NULL
);
