package org.quiztrainer.srs.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.workload.DailyPolicy;
import org.quiztrainer.srs.workload.DailySimulator;

/**
 * The project's FSRS-6 {@link Scheduler} in the {@link DailySimulator}: short-term off
 * (the published setting has no same-day steps, so every answer schedules whole days, as ts-fsrs's
 * {@code LongTermScheduler}), no fuzz (the published simulation has none). The scheduler keeps its own
 * card and memory state from the ratings and days it sees; it never reads the learner's true state.
 */
public final class SchedulerDailyPolicy implements DailyPolicy {

    private static final Instant EPOCH = Instant.parse("2024-01-01T09:00:00Z");

    private final Scheduler scheduler;
    private Card[] cards = new Card[0];

    /** The scheduler with {@code parameters}. */
    public SchedulerDailyPolicy(Parameters parameters) {
        this.scheduler = new Scheduler(parameters);
    }

    /** Default weights, short-term off, no fuzz, at {@code desiredRetention}. */
    public static SchedulerDailyPolicy atRetention(double desiredRetention) {
        return atRetention(desiredRetention, Parameters.DEFAULT_WEIGHTS);
    }

    /**
     * Short-term off, no fuzz, at {@code desiredRetention}, with {@code weights}: the learner's own
     * weights model an optimised scheduler, as the published simulation's FSRS knows the learner's memory.
     */
    public static SchedulerDailyPolicy atRetention(double desiredRetention, List<Double> weights) {
        return new SchedulerDailyPolicy(Parameters.defaults()
                .withShortTerm(false)
                .withFuzz(false)
                .withDesiredRetention(desiredRetention)
                .withWeights(weights));
    }

    /** "FSRS-6 r=0.85 (default weights)", or "(fitted weights)" when the weights are not the defaults. */
    @Override
    public String name() {
        Parameters parameters = scheduler.parameters();
        return String.format(
                Locale.ROOT,
                "FSRS-6 r=%.2f (%s weights)",
                parameters.desiredRetention(),
                parameters.weights().equals(Parameters.DEFAULT_WEIGHTS) ? "default" : "fitted");
    }

    @Override
    public void start(int deckSize) {
        cards = new Card[deckSize];
    }

    @Override
    public double interval(int card, int day, double previousInterval, Rating rating, MemoryState truth) {
        Instant now = EPOCH.plus(Duration.ofDays(day));
        Card current = cards[card] == null ? Card.createNew("card-" + card, now) : cards[card];
        cards[card] = scheduler.review(current, rating, now).card();
        return cards[card].scheduledDays();
    }
}
