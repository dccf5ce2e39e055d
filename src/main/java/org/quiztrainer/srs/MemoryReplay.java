package org.quiztrainer.srs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes a card from its own review history: the card a scheduler would have produced had it
 * scheduled every review of the history (new weights after an optimisation, or a history imported from
 * elsewhere). Pure: the same scheduler and history give the same card.
 */
public final class MemoryReplay {

    /**
     * One review of the history.
     *
     * @param at     when it happened
     * @param rating the rating given
     */
    public record Review(Instant at, Rating rating) {

        public Review {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(rating, "rating");
        }
    }

    private MemoryReplay() {}

    /**
     * The card {@code cardId} after {@code history} (in time order) under {@code scheduler}, from a new
     * card created at the first review; a new card due at {@code createdAt} if the history is empty.
     *
     * @throws IllegalArgumentException if the history goes back in time
     */
    public static Card replay(Scheduler scheduler, String cardId, List<Review> history, Instant createdAt) {
        List<ReviewResult> steps = steps(scheduler, cardId, history);
        return steps.isEmpty()
                ? Card.createNew(cardId, createdAt)
                : steps.get(steps.size() - 1).card();
    }

    /**
     * Each review of {@link #replay} with what the scheduler made of it, in order: the card after it and its log
     * (the card before the first one is new, created at its time). What an imported review log is written with.
     *
     * @throws IllegalArgumentException if the history goes back in time
     */
    public static List<ReviewResult> steps(Scheduler scheduler, String cardId, List<Review> history) {
        List<ReviewResult> out = new ArrayList<>(history.size());
        if (history.isEmpty()) {
            return out;
        }
        Card card = Card.createNew(cardId, history.get(0).at());
        Instant previous = null;
        for (Review review : history) {
            if (previous != null && review.at().isBefore(previous)) {
                throw new IllegalArgumentException(
                        "the history of card " + cardId + " goes back in time at " + review.at());
            }
            ReviewResult result = scheduler.review(card, review.rating(), review.at());
            out.add(result);
            card = result.card();
            previous = review.at();
        }
        return out;
    }

    /**
     * {@code stored} with the stability and difficulty of {@code replayed}; with {@code reschedule}, its
     * state, step and due date too (the learning step or the interval the scheduler gives from the last
     * review), as Anki's "reschedule cards on change". A card stored as new whose history is not empty (an
     * import wrote the history) takes the replayed card whole: a new card has no due date to keep.
     */
    public static Card merge(Card stored, Card replayed, boolean reschedule) {
        if (replayed.state() == State.NEW) {
            return stored;
        }
        if (reschedule || stored.state() == State.NEW) {
            return new Card(
                    stored.id(),
                    replayed.state(),
                    replayed.step(),
                    replayed.stability(),
                    replayed.difficulty(),
                    replayed.due(),
                    replayed.lastReview(),
                    replayed.elapsedDays(),
                    replayed.scheduledDays(),
                    replayed.reps(),
                    replayed.lapses());
        }
        return new Card(
                stored.id(),
                stored.state(),
                stored.step(),
                replayed.stability(),
                replayed.difficulty(),
                stored.due(),
                stored.lastReview(),
                stored.elapsedDays(),
                stored.scheduledDays(),
                stored.reps(),
                stored.lapses());
    }
}
