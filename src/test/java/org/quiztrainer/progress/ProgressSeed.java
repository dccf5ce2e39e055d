package org.quiztrainer.progress;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.ReviewLog;
import org.quiztrainer.srs.ReviewResult;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a learner's study history straight into the tables with JDBC batches: months of daily sessions
 * played through the real scheduler (a simulated learner recalls a card with the predicted probability),
 * so cards, review log and charts look like a real learner's. For screenshots and benchmarks.
 */
public final class ProgressSeed {

    private static final String LOG_INSERT = "insert into review_log (learner_id, card_id, question_id, question_type, "
            + "question_revision, request_id, source, reviewed_at, rating, answer_ms, state_before, state_after, "
            + "elapsed_days, scheduled_days, retrievability, stability, difficulty, due_after, prev_state, prev_step, "
            + "prev_stability, prev_difficulty, prev_due, prev_last_review, prev_elapsed_days, prev_scheduled_days, "
            + "prev_reps, prev_lapses, prev_suspended, prev_leech, card_created) values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?)";

    private ProgressSeed() {}

    /** One answer kept in memory until the cards have ids. */
    private record Answer(String questionId, Card before, ReviewLog log, String source) {}

    /**
     * Simulates {@code days} study days ending today, {@code newPerDay} new cards a day, in {@code zone} with
     * days starting at 04:00; returns the number of answers written.
     */
    public static int simulate(
            JdbcTemplate jdbc, long learner, Instant now, ZoneId zone, int days, int newPerDay, long seed) {
        Scheduler scheduler = new Scheduler(Parameters.defaults().withDayStart(4, zone));
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, String> types = questionTypes(jdbc);
        List<String> unseen = new ArrayList<>(types.keySet());
        for (int i = unseen.size() - 1; i > 0; i--) {
            java.util.Collections.swap(unseen, i, random.nextInt(i + 1));
        }
        Map<String, Card> cards = new LinkedHashMap<>();
        Map<String, Boolean> leeches = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>();
        LocalDate today = Statistics.studyDate(now, zone, 4);
        for (LocalDate d = today.minusDays(days - 1L); !d.isAfter(today); d = d.plusDays(1)) {
            if (d.isBefore(today.minusDays(6)) && random.nextDouble() < 0.15) {
                continue;
            }
            Instant t = d.atTime(18 + random.nextInt(3), random.nextInt(60))
                    .atZone(zone)
                    .toInstant();
            if (t.isAfter(now)) {
                t = now.minus(Duration.ofHours(2));
            }
            for (int i = 0; i < newPerDay && !unseen.isEmpty(); i++) {
                String q = unseen.remove(0);
                cards.put(q, Card.createNew(learner + ":" + q, t));
            }
            Instant end = t.plus(Duration.ofHours(1));
            while (t.isBefore(end)) {
                Instant at = t;
                Map.Entry<String, Card> next = cards.entrySet().stream()
                        .filter(e -> !leeches.getOrDefault(e.getKey(), false))
                        .filter(e -> !e.getValue().due().isAfter(end)
                                && (e.getValue().state() != State.REVIEW
                                        || !e.getValue().due().isAfter(at)))
                        .min(Comparator.comparing(e -> e.getValue().due()))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                t = next.getValue().due().isAfter(t) ? next.getValue().due() : t;
                Card card = next.getValue();
                double recall = card.state() == State.NEW ? 0.7 : Math.max(0.35, scheduler.retrievability(card, t));
                Rating rating = random.nextDouble() >= recall
                        ? Rating.AGAIN
                        : random.nextDouble() < 0.15
                                ? Rating.HARD
                                : random.nextDouble() < 0.85 ? Rating.GOOD : Rating.EASY;
                ReviewResult result = scheduler.review(card, rating, t);
                answers.add(new Answer(
                        next.getKey(), card, result.log(), random.nextDouble() < 0.2 ? "PRACTICE" : "STUDY"));
                cards.put(next.getKey(), result.card());
                if (result.log().stateBefore() == State.REVIEW
                        && rating == Rating.AGAIN
                        && result.card().lapses() >= 8) {
                    leeches.put(next.getKey(), true);
                }
                t = t.plusSeconds(15 + random.nextInt(30));
            }
        }
        writeCards(jdbc, learner, cards, leeches);
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.query(
                "select id, question_id from study_card where learner_id = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                learner);
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (Answer a : answers) {
            ReviewLog l = a.log();
            Card b = a.before();
            rows.add(new Object[] {
                learner,
                ids.get(a.questionId()),
                a.questionId(),
                types.get(a.questionId()),
                "seed-" + learner + "-" + n++,
                a.source(),
                ts(l.reviewedAt()),
                l.rating().grade(),
                3000 + random.nextInt(12000),
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
                b.state() == State.NEW
            });
        }
        for (int i = 0; i < rows.size(); i += 5000) {
            jdbc.batchUpdate(LOG_INSERT, rows.subList(i, Math.min(rows.size(), i + 5000)));
        }
        return rows.size();
    }

    /**
     * Adds {@code rows} plain answers to the learner's existing cards, spread over the last three years, so
     * a benchmark reads as many review-log rows as it asks for.
     */
    public static void pad(JdbcTemplate jdbc, long learner, Instant now, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> cards = new ArrayList<>();
        jdbc.query(
                "select c.id, c.question_id from study_card c where c.learner_id = ?",
                rs -> {
                    cards.add(new Object[] {rs.getLong(1), rs.getString(2)});
                },
                learner);
        Map<String, String> types = questionTypes(jdbc);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Object[] card = cards.get(random.nextInt(cards.size()));
            Instant at = now.minus(Duration.ofMinutes(random.nextLong(60, 3L * 365 * 1440)));
            int rating = 1 + random.nextInt(4);
            long interval = random.nextLong(0, 60);
            State before = interval == 0 ? State.LEARNING : State.REVIEW;
            batch.add(new Object[] {
                learner,
                card[0],
                card[1],
                types.get((String) card[1]),
                "pad-" + learner + "-" + i,
                "STUDY",
                ts(at),
                rating,
                5000,
                before.name(),
                rating == 1 ? State.RELEARNING.name() : "REVIEW",
                interval,
                interval + 1,
                0.9,
                5.0,
                5.0,
                ts(at.plus(Duration.ofDays(interval + 1))),
                before.name(),
                0,
                4.0,
                5.0,
                ts(at),
                ts(at.minus(Duration.ofDays(interval))),
                interval,
                interval,
                3,
                0,
                false
            });
            if (batch.size() == 5000 || i == rows - 1) {
                jdbc.batchUpdate(LOG_INSERT, batch);
                batch.clear();
            }
        }
    }

    /** Copies one learner's cards and answers to another learner (for class-sized benchmarks). */
    public static void copy(JdbcTemplate jdbc, long from, long to) {
        jdbc.update(
                "insert into study_card (learner_id, question_id, seen_revision, state, step, stability, difficulty, "
                        + "due, last_review, elapsed_days, scheduled_days, reps, lapses, suspended, leech) select ?, question_id, "
                        + "seen_revision, state, step, stability, difficulty, due, last_review, elapsed_days, scheduled_days, "
                        + "reps, lapses, suspended, leech from study_card where learner_id = ?",
                to,
                from);
        jdbc.update(
                "insert into review_log (learner_id, card_id, question_id, question_type, question_revision, "
                        + "request_id, source, reviewed_at, rating, answer_ms, state_before, state_after, elapsed_days, "
                        + "scheduled_days, retrievability, stability, difficulty, due_after, prev_state, prev_step, "
                        + "prev_stability, prev_difficulty, prev_due, prev_last_review, prev_elapsed_days, prev_scheduled_days, "
                        + "prev_reps, prev_lapses, prev_suspended, prev_leech, card_created) select ?, card_id, question_id, "
                        + "question_type, question_revision, request_id, source, reviewed_at, rating, answer_ms, state_before, "
                        + "state_after, elapsed_days, scheduled_days, retrievability, stability, difficulty, due_after, "
                        + "prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, "
                        + "prev_elapsed_days, prev_scheduled_days, prev_reps, prev_lapses, prev_suspended, prev_leech, "
                        + "card_created from review_log where learner_id = ?",
                to,
                from);
    }

    private static void writeCards(
            JdbcTemplate jdbc, long learner, Map<String, Card> cards, Map<String, Boolean> leeches) {
        List<Object[]> rows = new ArrayList<>();
        cards.forEach((q, c) -> {
            boolean leech = leeches.getOrDefault(q, false);
            rows.add(new Object[] {
                learner,
                q,
                c.state().name(),
                c.step(),
                c.stability(),
                c.difficulty(),
                ts(c.due()),
                ts(c.lastReview()),
                c.elapsedDays(),
                c.scheduledDays(),
                c.reps(),
                c.lapses(),
                leech,
                leech
            });
        });
        jdbc.batchUpdate(
                "insert into study_card (learner_id, question_id, seen_revision, state, step, stability, "
                        + "difficulty, due, last_review, elapsed_days, scheduled_days, reps, lapses, suspended, leech) "
                        + "values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Live question ids in study order, with the review log's type name. */
    static Map<String, String> questionTypes(JdbcTemplate jdbc) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query("select id, question_type from bank_question where retired = false order by topic_id, id", rs -> {
            out.put(
                    rs.getString(1),
                    QuestionType.fromCode(rs.getString(2)).orElseThrow().name());
        });
        return out;
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
