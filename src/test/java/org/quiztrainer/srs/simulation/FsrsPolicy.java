package org.quiztrainer.srs.simulation;

import java.time.Instant;
import java.util.Locale;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;

/** The project's FSRS-6 {@link Scheduler} as a simulator policy. */
public final class FsrsPolicy implements SchedulingPolicy<Card> {

    private final Scheduler scheduler;

    /** FSRS-6 with {@code parameters}. */
    public FsrsPolicy(Parameters parameters) {
        this.scheduler = new Scheduler(parameters);
    }

    /**
     * FSRS-6 with default weights and steps at {@code desiredRetention}, with fuzz as Anki and this app
     * schedule (the SM-2 baseline fuzzes too).
     */
    public static FsrsPolicy atRetention(double desiredRetention) {
        return new FsrsPolicy(Parameters.defaults().withDesiredRetention(desiredRetention));
    }

    @Override
    public String name() {
        return String.format(
                Locale.ROOT, "FSRS-6 r=%.2f", scheduler.parameters().desiredRetention());
    }

    @Override
    public Card create(String id, Instant now) {
        return Card.createNew(id, now);
    }

    @Override
    public Card review(Card card, Rating rating, Instant now) {
        return scheduler.review(card, rating, now).card();
    }

    @Override
    public Instant due(Card card) {
        return card.due();
    }

    @Override
    public State state(Card card) {
        return card.state();
    }
}
