package org.quiztrainer.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.ReviewSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-only SQL over the study tables; progress never writes them. Callers check who may read what. */
@Component
class ProgressQueries {

    private final JdbcTemplate jdbc;

    ProgressQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A learner's answers, oldest first: all of them (for activity: how many, when), and those whose mark the
     * learner may see (for accuracy and retention), without the quiz answers of {@code hiddenAttempts}.
     */
    Logs logs(long learner, Set<Long> hiddenAttempts) {
        List<LogRow> all = new ArrayList<>();
        List<LogRow> visible = new ArrayList<>();
        jdbc.query(
                "select reviewed_at, rating, state_before, prev_scheduled_days, question_type, card_id, attempt_id "
                        + "from review_log where learner_id = ? order by reviewed_at",
                rs -> {
                    LogRow row = new LogRow(
                            instant(rs, 1),
                            rs.getInt(2),
                            State.valueOf(rs.getString(3)),
                            rs.getLong(4),
                            QuestionType.valueOf(rs.getString(5)),
                            rs.getLong(6));
                    long attempt = rs.getLong(7);
                    all.add(row);
                    if (rs.wasNull() || !hiddenAttempts.contains(attempt)) {
                        visible.add(row);
                    }
                },
                learner);
        return new Logs(all, visible);
    }

    /** A learner's answers: all, and those with a mark they may see. */
    record Logs(List<LogRow> all, List<LogRow> visible) {}

    /**
     * The cards as they were before the learner's first quiz answer from {@code hiddenAttempts} to each of
     * {@code questions}: empty for a card that answer created. Questions without such an answer are left out.
     */
    Map<String, Optional<CardRow>> cardsBefore(long learner, Collection<Long> hiddenAttempts, Set<String> questions) {
        Map<String, Optional<CardRow>> out = new HashMap<>();
        if (hiddenAttempts.isEmpty() || questions.isEmpty()) {
            return out;
        }
        jdbc.query(
                "select question_id, attempt_id, card_created, prev_state, prev_step, prev_stability, "
                        + "prev_difficulty, prev_due, prev_last_review, prev_elapsed_days, prev_scheduled_days, "
                        + "prev_reps, prev_lapses, prev_suspended, prev_leech from review_log "
                        + "where learner_id = ? and attempt_id is not null order by id",
                rs -> {
                    String q = rs.getString(1);
                    if (!questions.contains(q) || !hiddenAttempts.contains(rs.getLong(2)) || out.containsKey(q)) {
                        return;
                    }
                    if (rs.getBoolean(3)) {
                        out.put(q, Optional.empty());
                        return;
                    }
                    Card card = new Card(
                            learner + ":" + q,
                            State.valueOf(rs.getString(4)),
                            rs.getInt(5),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            instant(rs, 8),
                            instant(rs, 9),
                            rs.getLong(10),
                            rs.getLong(11),
                            rs.getInt(12),
                            rs.getInt(13));
                    out.put(q, Optional.of(new CardRow(q, card, rs.getBoolean(14), rs.getBoolean(15))));
                },
                learner);
        return out;
    }

    /** A learner's cards. */
    List<CardRow> cards(long learner) {
        return jdbc.query(
                "select question_id, state, step, stability, difficulty, due, last_review, elapsed_days, "
                        + "scheduled_days, reps, lapses, suspended, leech from study_card where learner_id = ?",
                (rs, i) -> cardRow(rs, learner),
                learner);
    }

    /** One card of a learner, if the question was ever answered. */
    List<CardRow> card(long learner, String questionId) {
        return jdbc.query(
                "select question_id, state, step, stability, difficulty, due, last_review, elapsed_days, "
                        + "scheduled_days, reps, lapses, suspended, leech from study_card where learner_id = ? "
                        + "and question_id = ?",
                (rs, i) -> cardRow(rs, learner),
                learner,
                questionId);
    }

    /**
     * A learner's answers to one question, oldest first; the quiz answers of {@code hiddenAttempts} without
     * their mark, interval and memory.
     */
    List<ReviewEntry> history(long learner, String questionId, Set<Long> hiddenAttempts) {
        return jdbc.query(
                "select reviewed_at, rating, source, state_before, state_after, scheduled_days, stability, "
                        + "difficulty, retrievability, attempt_id from review_log where learner_id = ? "
                        + "and question_id = ? order by reviewed_at, id",
                (rs, i) -> {
                    long attempt = rs.getLong(10);
                    boolean hidden = !rs.wasNull() && hiddenAttempts.contains(attempt);
                    ReviewSource source = ReviewSource.valueOf(rs.getString(3));
                    State before = State.valueOf(rs.getString(4));
                    return hidden
                            ? ReviewEntry.withheld(instant(rs, 1), source, before)
                            : new ReviewEntry(
                                    instant(rs, 1),
                                    rs.getInt(2),
                                    source,
                                    before,
                                    State.valueOf(rs.getString(5)),
                                    rs.getLong(6),
                                    rs.getDouble(7),
                                    rs.getDouble(8),
                                    rs.getObject(9) == null ? null : rs.getDouble(9),
                                    false);
                },
                learner,
                questionId);
    }

    private static CardRow cardRow(ResultSet rs, long learner) throws SQLException {
        String questionId = rs.getString(1);
        Card card = new Card(
                learner + ":" + questionId,
                State.valueOf(rs.getString(2)),
                rs.getInt(3),
                rs.getDouble(4),
                rs.getDouble(5),
                instant(rs, 6),
                instant(rs, 7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getInt(10),
                rs.getInt(11));
        return new CardRow(questionId, card, rs.getBoolean(12), rs.getBoolean(13));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
