-- Quiz answers enter the memory model when their attempt is submitted (not as they are given).
-- memory_recorded: whether the attempt's answers are in its learner's memory. Attempts that exist already had
-- their answers recorded as they were given, so they start as recorded; new attempts start as not recorded.
ALTER TABLE attempt ADD COLUMN memory_recorded BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE attempt ALTER COLUMN memory_recorded SET DEFAULT FALSE;
CREATE INDEX ix_attempt_memory ON attempt (memory_recorded, submitted_at);

-- An answer saved after the learner saw a verdict that was not fully right (immediate feedback): the memory
-- model rates it Again, since the learner may have found it by trying.
ALTER TABLE attempt_answer ADD COLUMN hinted BOOLEAN DEFAULT FALSE NOT NULL;

-- The attempt a quiz answer in the review log came from, so that what its learner sees of it follows the
-- assignment's review options.
ALTER TABLE review_log ADD COLUMN attempt_id BIGINT;
CREATE INDEX ix_review_log_question ON review_log (learner_id, question_id);
