package org.quiztrainer.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * The FSRS-6 scheduler, as ts-fsrs 5.4.2 schedules: with short-term on, new and forgotten cards go
 * through learning steps and same-day reviews use the short-term stability (ts-fsrs
 * {@code BasicScheduler}); with it off, every answer schedules whole days and the four intervals are
 * kept in the order Again &lt; Hard &lt; Good &lt; Easy ({@code LongTermScheduler}).
 *
 * <p>Pure and thread-safe: time is passed in, fuzz is seeded from the card's id and review count, so
 * the same review of the same card always gives the same result.
 */
public final class Scheduler {

    private final Parameters parameters;
    private final MemoryModel model;

    /** A scheduler with the given parameters. */
    public Scheduler(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.model = new MemoryModel(parameters);
    }

    /** The parameters of this scheduler. */
    public Parameters parameters() {
        return parameters;
    }

    /** The memory model of this scheduler. */
    public MemoryModel model() {
        return model;
    }

    /**
     * The outcome of each rating if {@code card} is reviewed at {@code now}.
     *
     * @throws IllegalArgumentException if {@code now} falls on a study day before the card's last review
     */
    public Preview preview(Card card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        ReviewContext context = new ReviewContext(parameters, model, card, now);
        return parameters.enableShortTerm() ? context.shortTerm() : context.longTerm();
    }

    /**
     * Reviews {@code card} at {@code now} with {@code rating}: the next card and its log entry. The
     * same as {@code preview(card, now).get(rating)}.
     *
     * @throws IllegalArgumentException if {@code now} falls on a study day before the card's last review
     */
    public ReviewResult review(Card card, Rating rating, Instant now) {
        Objects.requireNonNull(rating, "rating");
        return preview(card, now).get(rating);
    }

    /**
     * The probability of recalling {@code card} at {@code now}, as ts-fsrs's {@code get_retrievability}:
     * R(t, S) with t the whole 24-hour periods since the last review (at least 0); 0 for a new card.
     */
    public double retrievability(Card card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (card.state() == State.NEW) {
            return 0;
        }
        long t = Math.max(StudyDays.fullDays(card.lastReview(), now), 0);
        return model.retrievability((double) t, MemoryModel.round8(card.stability()));
    }
}
