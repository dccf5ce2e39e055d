package org.quiztrainer.study;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.ReviewLog;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a learner's whole study history at once (the demo class's simulated months), in JDBC batches: each
 * card in its final state and one review-log row per answer, exactly as {@link StudyService#answer} would have
 * written them one by one. Only into an empty memory, and only for admins (or start-up code acting as one).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StudyHistoryService {

    private static final int BATCH = 2000;
    private static final String CARD_INSERT = "insert into study_card (learner_id, question_id, seen_revision, "
            + "state, step, stability, difficulty, due, last_review, elapsed_days, scheduled_days, reps, lapses, "
            + "suspended, leech) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LOG_INSERT = "insert into review_log (learner_id, card_id, question_id, "
            + "question_type, question_revision, request_id, source, reviewed_at, rating, score, answer_ms, "
            + "state_before, state_after, elapsed_days, scheduled_days, retrievability, stability, difficulty, "
            + "due_after, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, "
            + "prev_elapsed_days, prev_scheduled_days, prev_reps, prev_lapses, prev_suspended, prev_leech, "
            + "card_created) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, false, false, ?)";

    private final JdbcTemplate jdbc;
    private final BankService bank;
    private final ScopeResolver scopes;
    private final StudySettingsService settings;

    StudyHistoryService(JdbcTemplate jdbc, BankService bank, ScopeResolver scopes, StudySettingsService settings) {
        this.jdbc = jdbc;
        this.bank = bank;
        this.scopes = scopes;
        this.settings = settings;
    }

    /** The scheduler of the learner's settings, as their study sessions use it. */
    public Scheduler scheduler(long learner) {
        return Schedulers.of(settings.current(learner));
    }

    /** The live questions in the order new cards are introduced. */
    public List<String> studyOrder() {
        return scopes.questionIds(StudyScope.WHOLE_BANK);
    }

    /** The scheduler's id of the learner's card of a question (it seeds the interval fuzz). */
    public String cardId(long learner, String questionId) {
        return CardEntity.schedulerId(learner, questionId);
    }

    /**
     * Writes the cards and their answers for a learner who has no card yet; returns the number of answers.
     *
     * @throws IllegalStateException    when the learner already has cards
     * @throws IllegalArgumentException when a card is not the learner's, its question is not served, or its
     *                                  answers are not in order
     */
    @Transactional
    public int write(long learner, List<HistoryCard> cards) {
        Integer existing =
                jdbc.queryForObject("select count(*) from study_card where learner_id = ?", Integer.class, learner);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("learner " + learner + " already has cards");
        }
        Map<String, QuestionSummary> served = new HashMap<>();
        bank.find(QuestionFilter.ALL, 0, Integer.MAX_VALUE).forEach(q -> served.put(q.id(), q));
        List<Object[]> cardRows = new ArrayList<>();
        for (HistoryCard c : cards) {
            QuestionSummary q = served.get(c.questionId());
            if (q == null) {
                throw new IllegalArgumentException("no served question " + c.questionId());
            }
            check(learner, c);
            Card k = c.card();
            cardRows.add(new Object[] {
                learner,
                c.questionId(),
                q.revision(),
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
                c.leech(),
                c.leech()
            });
        }
        batches(CARD_INSERT, cardRows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "select id, question_id from study_card where learner_id = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                learner);
        List<Object[]> logRows = new ArrayList<>();
        for (HistoryCard c : cards) {
            QuestionSummary q = served.get(c.questionId());
            for (HistoryAnswer a : c.answers()) {
                logRows.add(row(learner, ids.get(c.questionId()), q, a, logRows.size()));
            }
        }
        batches(LOG_INSERT, logRows);
        return logRows.size();
    }

    private void check(long learner, HistoryCard c) {
        String id = cardId(learner, c.questionId());
        Instant previous = Instant.MIN;
        for (HistoryAnswer a : c.answers()) {
            if (!a.before().id().equals(id) || a.log().reviewedAt().isBefore(previous)) {
                throw new IllegalArgumentException(
                        "the answers of " + c.questionId() + " are not one card's, in order");
            }
            previous = a.log().reviewedAt();
        }
        if (!c.card().id().equals(id)) {
            throw new IllegalArgumentException("card " + c.card().id() + " is not learner " + learner + "'s");
        }
    }

    private static Object[] row(long learner, long cardId, QuestionSummary q, HistoryAnswer a, int n) {
        ReviewLog l = a.log();
        Card b = a.before();
        String requestId = UUID.nameUUIDFromBytes(
                        ("history:" + learner + ":" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        return new Object[] {
            learner,
            cardId,
            q.id(),
            q.type().name(),
            q.revision(),
            requestId,
            a.source().name(),
            ts(l.reviewedAt()),
            l.rating().grade(),
            a.score(),
            a.time().toMillis(),
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
        };
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
