-- Learners, an instructor, their memory (cards, the review log, settings, a saved scope) and a class with an
-- assignment, an override, a submitted attempt and one in progress, as the app stored them at schema V4.

INSERT INTO app_user (id, username, display_name, password_hash, role, language, dark_mode, failed_logins, locked_until, created_at, version)
    VALUES (1, 'teacher', 'Ms Li', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuv0Jq3E9oFvJc1f2QW6uJv8J9m6sV8o2', 'INSTRUCTOR', 'zh', FALSE, 0, NULL, TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+00', 2);
INSERT INTO app_user (id, username, display_name, password_hash, role, language, dark_mode, failed_logins, locked_until, created_at, version)
    VALUES (2, 'xiaoming', '小明', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuv0Jq3E9oFvJc1f2QW6uJv8J9m6sV8o3', 'LEARNER', 'zh', TRUE, 1, NULL, TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00', 5);
INSERT INTO app_user (id, username, display_name, password_hash, role, language, dark_mode, failed_logins, locked_until, created_at, version)
    VALUES (3, 'ann', 'Ann', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuv0Jq3E9oFvJc1f2QW6uJv8J9m6sV8o4', 'LEARNER', 'en', FALSE, 0, NULL, TIMESTAMP WITH TIME ZONE '2026-03-03 08:00:00+00', 1);

INSERT INTO study_card (id, learner_id, question_id, seen_revision, state, step, stability, difficulty, due, last_review, elapsed_days, scheduled_days, reps, lapses, suspended, leech, buried_until, question_changed, version)
    VALUES (1, 2, 'aigc-llm.aigc-not-only-text', 2, 'REVIEW', 0, 12.345678901234, 5.5, TIMESTAMP WITH TIME ZONE '2026-06-10 07:00:00+00', TIMESTAMP WITH TIME ZONE '2026-05-29 07:00:00+00', 3, 12, 4, 1, FALSE, FALSE, NULL, FALSE, 4);
INSERT INTO study_card (id, learner_id, question_id, seen_revision, state, step, stability, difficulty, due, last_review, elapsed_days, scheduled_days, reps, lapses, suspended, leech, buried_until, question_changed, version)
    VALUES (2, 2, 'aigc-llm.aigc-definition', 1, 'RELEARNING', 1, 0.8, 7.25, TIMESTAMP WITH TIME ZONE '2026-06-01 07:10:00+00', TIMESTAMP WITH TIME ZONE '2026-06-01 07:00:00+00', 0, 0, 6, 3, FALSE, TRUE, NULL, TRUE, 7);
INSERT INTO study_card (id, learner_id, question_id, seen_revision, state, step, stability, difficulty, due, last_review, elapsed_days, scheduled_days, reps, lapses, suspended, leech, buried_until, question_changed, version)
    VALUES (3, 3, 'datasets.llama-mixture-order', 2, 'LEARNING', 0, 2.3065, 2.11810397, TIMESTAMP WITH TIME ZONE '2026-06-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-06-02 08:59:00+00', 0, 0, 1, 0, TRUE, FALSE, TIMESTAMP WITH TIME ZONE '2026-06-03 04:00:00+00', FALSE, 1);

INSERT INTO review_log (id, learner_id, card_id, question_id, question_type, question_revision, request_id, source, reviewed_at, rating, score, answer_ms, response, state_before, state_after, elapsed_days, scheduled_days, retrievability, stability, difficulty, due_after, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, prev_elapsed_days, prev_scheduled_days, prev_reps, prev_lapses, prev_suspended, prev_leech, card_created)
    VALUES (1, 2, 1, 'aigc-llm.aigc-not-only-text', 'true_false', 2, 'req-1', 'STUDY', TIMESTAMP WITH TIME ZONE '2026-05-29 07:00:00+00', 3, 1.0, 5400, '{"type":"true_false","value":false}', 'REVIEW', 'REVIEW', 3, 12, 0.87654321, 12.345678901234, 5.5, TIMESTAMP WITH TIME ZONE '2026-06-10 07:00:00+00', 'REVIEW', 0, 4.1, 5.6, TIMESTAMP WITH TIME ZONE '2026-05-29 06:00:00+00', TIMESTAMP WITH TIME ZONE '2026-05-26 07:00:00+00', 2, 4, 3, 1, FALSE, FALSE, FALSE);
INSERT INTO review_log (id, learner_id, card_id, question_id, question_type, question_revision, request_id, source, reviewed_at, rating, score, answer_ms, response, state_before, state_after, elapsed_days, scheduled_days, retrievability, stability, difficulty, due_after, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, prev_elapsed_days, prev_scheduled_days, prev_reps, prev_lapses, prev_suspended, prev_leech, card_created)
    VALUES (2, 2, 2, 'aigc-llm.aigc-definition', 'flashcard', 1, 'req-2', 'QUIZ', TIMESTAMP WITH TIME ZONE '2026-06-01 07:00:00+00', 1, NULL, 12000, NULL, 'REVIEW', 'RELEARNING', 5, 0, 0.42, 0.8, 7.25, TIMESTAMP WITH TIME ZONE '2026-06-01 07:10:00+00', 'REVIEW', 0, 3.0, 7.0, TIMESTAMP WITH TIME ZONE '2026-05-31 07:00:00+00', TIMESTAMP WITH TIME ZONE '2026-05-27 07:00:00+00', 4, 5, 5, 2, FALSE, FALSE, FALSE);
INSERT INTO review_log (id, learner_id, card_id, question_id, question_type, question_revision, request_id, source, reviewed_at, rating, score, answer_ms, response, state_before, state_after, elapsed_days, scheduled_days, retrievability, stability, difficulty, due_after, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, prev_elapsed_days, prev_scheduled_days, prev_reps, prev_lapses, prev_suspended, prev_leech, card_created)
    VALUES (3, 3, 3, 'datasets.llama-mixture-order', 'ordering', 2, 'req-3', 'PRACTICE', TIMESTAMP WITH TIME ZONE '2026-06-02 08:59:00+00', 4, 1.0, 8000, '{"type":"ordering","order":[0,1,2,3]}', 'NEW', 'LEARNING', 0, 0, NULL, 2.3065, 2.11810397, TIMESTAMP WITH TIME ZONE '2026-06-02 09:00:00+00', 'NEW', 0, 0.0, 0.0, TIMESTAMP WITH TIME ZONE '2026-06-02 08:59:00+00', NULL, 0, 0, 0, 0, FALSE, FALSE, TRUE);

INSERT INTO study_settings (learner_id, desired_retention, new_per_day, max_reviews_per_day, learning_steps, relearning_steps, day_start_hour, time_zone, version)
    VALUES (2, 0.92, 15, 150, '1m 10m', '10m', 4, 'Asia/Shanghai', 3);
INSERT INTO study_scope (id, learner_id, name, topic_ids, tags, version)
    VALUES (1, 2, '考前复习', 'aigc-llm,datasets', 'llm', 1);

INSERT INTO class_group (id, name, instructor_id, join_code, joining_open, created_at, version)
    VALUES (1, 'LLM 入门 2026', 1, 'K7M2Q9XR', TRUE, TIMESTAMP WITH TIME ZONE '2026-03-05 08:00:00+00', 1);
INSERT INTO class_member (id, class_id, learner_id, joined_at)
    VALUES (1, 1, 2, TIMESTAMP WITH TIME ZONE '2026-03-06 08:00:00+00');
INSERT INTO class_member (id, class_id, learner_id, joined_at)
    VALUES (2, 1, 3, TIMESTAMP WITH TIME ZONE '2026-03-06 09:00:00+00');
INSERT INTO assignment (id, class_id, title, instructions, question_ids, random_count, random_topics, random_tags, weakest_count, opens_at, closes_at, time_limit_seconds, max_attempts, grading_method, shuffle_questions, shuffle_choices, immediate_feedback, review_score, review_answers, review_correct, review_explanations, review_when, version)
    VALUES (1, 1, '第一周测验', '独立完成。', 'aigc-llm.large-means-params,aigc-llm.bert-params', 2, 'aigc-llm', '', 1, TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-06-08 00:00:00+00', 1800, 2, 'HIGHEST', TRUE, TRUE, FALSE, TRUE, TRUE, FALSE, TRUE, 'AFTER_CLOSE', 2);
INSERT INTO assignment_override (id, assignment_id, learner_id, closes_at, max_attempts, version)
    VALUES (1, 1, 3, TIMESTAMP WITH TIME ZONE '2026-06-10 00:00:00+00', 3, 0);
INSERT INTO attempt (id, assignment_id, learner_id, attempt_number, question_ids, shuffle_seed, started_at, submitted_at, score, version)
    VALUES (1, 1, 2, 1, 'aigc-llm.bert-params,aigc-llm.large-means-params,aigc-llm.bert-good-at,aigc-llm.llm-full-name,aigc-llm.aigc-not-only-text', -4242424242, TIMESTAMP WITH TIME ZONE '2026-06-02 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-06-02 10:20:00+00', 0.65, 3);
INSERT INTO attempt (id, assignment_id, learner_id, attempt_number, question_ids, shuffle_seed, started_at, submitted_at, score, version)
    VALUES (2, 1, 3, 1, 'aigc-llm.large-means-params,aigc-llm.bert-params,aigc-llm.match-aigc-llm,datasets.llama-mixture-order,aigc-llm.aigc-not-only-text', 77, TIMESTAMP WITH TIME ZONE '2026-06-03 10:00:00+00', NULL, NULL, 1);
INSERT INTO attempt_answer (id, attempt_id, question_id, response, auto_score, override_score, override_comment, answer_ms, answered_at, version)
    VALUES (1, 1, 'aigc-llm.bert-params', '{"type":"numeric","text":"3.4亿"}', 1.0, NULL, NULL, 30000, TIMESTAMP WITH TIME ZONE '2026-06-02 10:05:00+00', 0);
INSERT INTO attempt_answer (id, attempt_id, question_id, response, auto_score, override_score, override_comment, answer_ms, answered_at, version)
    VALUES (2, 1, 'aigc-llm.llm-full-name', '{"type":"short_answer","text":"大语言模式"}', 0.0, 0.5, '差一个字，给一半分。', 20000, TIMESTAMP WITH TIME ZONE '2026-06-02 10:10:00+00', 1);
INSERT INTO attempt_answer (id, attempt_id, question_id, response, auto_score, override_score, override_comment, answer_ms, answered_at, version)
    VALUES (3, 2, 'aigc-llm.large-means-params', '{"type":"choices","selected":[3]}', 1.0, NULL, NULL, 9000, TIMESTAMP WITH TIME ZONE '2026-06-03 10:02:00+00', 0);
