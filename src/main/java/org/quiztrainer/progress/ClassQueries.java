package org.quiztrainer.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.State;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-only SQL over many learners' study tables at once; callers check who may read what. */
@Component
class ClassQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ClassQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cards of the learners, by learner. */
    Map<Long, List<CardRow>> cards(Collection<Long> learners) {
        Map<Long, List<CardRow>> out = new HashMap<>();
        if (learners.isEmpty()) {
            return out;
        }
        jdbc.query(
                "select learner_id, question_id, state, step, stability, difficulty, due, last_review, "
                        + "elapsed_days, scheduled_days, reps, lapses, suspended, leech from study_card "
                        + "where learner_id in (:learners)",
                new MapSqlParameterSource("learners", learners),
                rs -> {
                    long learner = rs.getLong(1);
                    String q = rs.getString(2);
                    Card card = new Card(
                            learner + ":" + q,
                            State.valueOf(rs.getString(3)),
                            rs.getInt(4),
                            rs.getDouble(5),
                            rs.getDouble(6),
                            instant(rs.getObject(7, OffsetDateTime.class)),
                            instant(rs.getObject(8, OffsetDateTime.class)),
                            rs.getLong(9),
                            rs.getLong(10),
                            rs.getInt(11),
                            rs.getInt(12));
                    out.computeIfAbsent(learner, k -> new ArrayList<>())
                            .add(new CardRow(q, card, rs.getBoolean(13), rs.getBoolean(14)));
                });
        return out;
    }

    /**
     * Each learner's answers since {@code since}, learner by learner: each count is a short range of the
     * (learner, reviewed_at) index, where one grouped query over an IN list made H2 read every answer.
     */
    Map<Long, Integer> answersSince(Collection<Long> learners, Instant since) {
        Map<Long, Integer> out = new HashMap<>();
        OffsetDateTime from = OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC);
        for (long learner : learners) {
            Integer n = jdbc.getJdbcTemplate()
                    .queryForObject(
                            "select count(*) from review_log " + "where learner_id = ? and reviewed_at >= ?",
                            Integer.class,
                            learner,
                            from);
            out.put(learner, n == null ? 0 : n);
        }
        return out;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
