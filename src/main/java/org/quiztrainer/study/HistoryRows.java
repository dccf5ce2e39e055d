package org.quiztrainer.study;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.ReviewLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The review-log and card rows of an imported history, read and written in JDBC batches (an Anki deck brings
 * hundreds of thousands of answers). Runs inside the caller's transaction.
 */
@Component
class HistoryRows {

    private static final int BATCH = 2000;
    private static final int CHUNK = 500;
    private static final String CARD_INSERT = "insert into study_card (learner_id, question_id, seen_revision, "
            + "state, step, stability, difficulty, due, last_review, elapsed_days, scheduled_days, reps, lapses, "
            + "suspended, leech) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)";
    private static final String LOG_INSERT = "insert into review_log (learner_id, card_id, question_id, "
            + "question_type, question_revision, request_id, source, reviewed_at, rating, score, answer_ms, "
            + "state_before, state_after, elapsed_days, scheduled_days, retrievability, stability, difficulty, "
            + "due_after, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, "
            + "prev_elapsed_days, prev_scheduled_days, prev_reps, prev_lapses, prev_suspended, prev_leech, "
            + "card_created) values (?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, false, ?)";

    /** An answer already in the log. */
    record Logged(Instant at, Rating rating, String requestId) {}

    /** A log row to write: the card before the answer, the scheduler's log, what the card was. */
    record Row(long cardId, ImportedCard card, Card before, ReviewLog log, long durationMs, boolean suspendedBefore) {}

    private final JdbcTemplate jdbc;

    HistoryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The request id of an imported answer: the same answer imported twice has the same one. */
    static String requestId(long learner, String questionId, Instant at) {
        String name = "import:" + learner + ":" + questionId + ":" + at.toEpochMilli();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The answers in the log of each of the given cards, in time order. */
    Map<Long, List<Logged>> logged(Collection<Long> cardIds) {
        Map<Long, List<Logged>> out = new HashMap<>();
        List<Long> all = new ArrayList<>(cardIds);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select card_id, reviewed_at, rating, request_id from review_log where card_id in (" + marks
                            + ") order by card_id, reviewed_at, id",
                    rs -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Logged(
                                        rs.getTimestamp(2).toInstant(), Rating.ofGrade(rs.getInt(3)), rs.getString(4)));
                    },
                    chunk.toArray());
        }
        return out;
    }

    /** Inserts new cards and returns their ids by question id. */
    Map<String, Long> insertCards(long learner, List<ImportedCard> imported, Map<String, Card> states) {
        List<Object[]> rows = new ArrayList<>();
        for (ImportedCard c : imported) {
            Card k = states.get(c.questionId());
            rows.add(new Object[] {
                learner,
                c.questionId(),
                c.revision(),
                k.state().name(),
                k.step(),
                k.stability(),
                k.difficulty(),
                ts(k.due()),
                ts(k.lastReview()),
                k.elapsedDays(),
                k.scheduledDays(),
                k.reps(),
                k.lapses(),
                c.suspended()
            });
        }
        batches(CARD_INSERT, rows);
        Map<String, Long> ids = new HashMap<>();
        List<String> questionIds =
                imported.stream().map(ImportedCard::questionId).toList();
        for (int i = 0; i < questionIds.size(); i += CHUNK) {
            List<String> chunk = questionIds.subList(i, Math.min(questionIds.size(), i + CHUNK));
            List<Object> args = new ArrayList<>(List.of(learner));
            args.addAll(chunk);
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select id, question_id from study_card where learner_id = ? and question_id in (" + marks + ")",
                    rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    },
                    args.toArray());
        }
        return ids;
    }

    /** Writes the log rows, source {@link ReviewSource#IMPORT}. */
    void insertLog(long learner, List<Row> rows) {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            ReviewLog l = r.log();
            Card b = r.before();
            out.add(new Object[] {
                learner,
                r.cardId(),
                r.card().questionId(),
                r.card().type().name(),
                r.card().revision(),
                requestId(learner, r.card().questionId(), l.reviewedAt()),
                ts(l.reviewedAt()),
                l.rating().grade(),
                r.durationMs(),
                l.stateBefore().name(),
                l.state().name(),
                l.elapsedDays(),
                l.scheduledDays(),
                l.retrievability(),
                l.stability(),
                l.difficulty(),
                ts(l.due()),
                b.state().name(),
                b.step(),
                b.stability(),
                b.difficulty(),
                ts(b.due()),
                ts(b.lastReview()),
                b.elapsedDays(),
                b.scheduledDays(),
                b.reps(),
                b.lapses(),
                r.suspendedBefore(),
                b.reps() == 0 && b.lastReview() == null
            });
        }
        batches(LOG_INSERT, out);
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
