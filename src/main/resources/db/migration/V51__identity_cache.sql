-- The identities of the tables an import fills by the hundred thousand hand out 1,000 values at a time:
-- H2 writes its store to disk each time an identity's cache of values runs out (32 by default), which made
-- 200,000 review-log rows about 6,000 disk writes. Gaps after a restart are harmless.
ALTER TABLE review_log ALTER COLUMN id SET CACHE 1000;
ALTER TABLE study_card ALTER COLUMN id SET CACHE 1000;
