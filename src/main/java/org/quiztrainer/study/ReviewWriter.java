package org.quiztrainer.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.srs.Leech;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.ReviewResult;
import org.springframework.stereotype.Component;

/**
 * Writes one answer into a learner's memory, in the caller's transaction: the card (created for a question
 * met for the first time) with the scheduler's new state, and one review-log row. A lapse that meets
 * {@link Leech}'s rule suspends the card as a leech. Callers check who is asking and whether the card is
 * the one the answer was given to.
 */
@Component
class ReviewWriter {

    private final CardRepository cards;
    private final ReviewLogRepository logs;
    private final MemoryModels models;

    ReviewWriter(CardRepository cards, ReviewLogRepository logs, MemoryModels models) {
        this.cards = cards;
        this.logs = logs;
        this.models = models;
    }

    /** One answer to write. {@code attemptId} is the quiz attempt it came from, or null. */
    record Answer(
            Rating rating,
            Double score,
            String response,
            Duration time,
            ReviewSource source,
            String requestId,
            Long attemptId) {}

    /** Writes the answer to {@code existing} (or to a new card when empty) at {@code now}. */
    AnswerResult write(
            long learner,
            StoredQuestion q,
            Optional<CardEntity> existing,
            Answer a,
            StudySettings settings,
            Instant now) {
        boolean created = existing.isEmpty();
        CardEntity card = existing.orElseGet(
                () -> cards.saveAndFlush(new CardEntity(learner, q.question().id(), q.revision(), now)));
        ReviewResult result = models.scheduler(learner, settings).review(card.toCard(), a.rating(), now);
        boolean leech = Leech.flags(card.toCard(), result, StudyService.LEECH_LAPSES);
        ReviewLogEntity log = new ReviewLogEntity(
                card,
                created,
                q.question().type(),
                q.revision(),
                a.requestId(),
                a.source(),
                a.score(),
                a.time().toMillis(),
                a.response(),
                result.log());
        log.setAttemptId(a.attemptId());
        card.apply(result.card());
        card.setSeenRevision(q.revision());
        card.setQuestionChanged(false);
        card.setBuriedUntil(null);
        if (leech) {
            card.setLeech(true);
            card.setSuspended(true);
        }
        cards.saveAndFlush(card);
        logs.saveAndFlush(log);
        return new AnswerResult(q.question().id(), card.getState(), card.getDue(), a.score(), leech);
    }
}
