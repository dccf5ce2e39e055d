package org.quiztrainer.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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

    /** A learner's answers, oldest first. */
    List<LogRow> logs(long learner) {
        return jdbc.query(
                "select reviewed_at, rating, state_before, prev_scheduled_days, question_type, card_id "
                        + "from review_log where learner_id = ? order by reviewed_at",
                (rs, i) -> new LogRow(
                        instant(rs, 1),
                        rs.getInt(2),
                        State.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        QuestionType.valueOf(rs.getString(5)),
                        rs.getLong(6)),
                learner);
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

    /** A learner's answers to one question, oldest first. */
    List<ReviewEntry> history(long learner, String questionId) {
        return jdbc.query(
                "select reviewed_at, rating, source, state_before, state_after, scheduled_days, stability, "
                        + "difficulty, retrievability from review_log where learner_id = ? and question_id = ? "
                        + "order by reviewed_at, id",
                (rs, i) -> new ReviewEntry(
                        instant(rs, 1),
                        rs.getInt(2),
                        ReviewSource.valueOf(rs.getString(3)),
                        State.valueOf(rs.getString(4)),
                        State.valueOf(rs.getString(5)),
                        rs.getLong(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        rs.getObject(9) == null ? null : rs.getDouble(9)),
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
