package org.quiztrainer.srs;

import java.time.Duration;
import java.time.Instant;

/** The four outcomes of one review of one card at one time, computed as ts-fsrs 5.4.2 does. */
final class ReviewContext {

    private final Parameters parameters;
    private final MemoryModel model;
    private final Card card;
    private final Instant now;
    private final long elapsedDays;
    private final Double retrievability;
    private final double fuzzDraw;

    ReviewContext(Parameters parameters, MemoryModel model, Card card, Instant now) {
        this.parameters = parameters;
        this.model = model;
        this.card = card;
        this.now = now;
        if (card.state() == State.NEW) {
            this.elapsedDays = 0;
            this.retrievability = null;
        } else {
            this.elapsedDays = StudyDays.between(card.lastReview(), now, parameters.zone(), parameters.dayStartHour());
            if (elapsedDays < 0) {
                throw new IllegalArgumentException("review time " + now + " is on a study day before the last review "
                        + card.lastReview() + " of card " + card.id());
            }
            this.retrievability = model.retrievability((double) elapsedDays, card.stability());
        }
        this.fuzzDraw = parameters.enableFuzz() ? Fuzz.draw(card.id(), card.reps() + 1) : 0;
    }

    /**
     * Learning steps and same-day stability (ts-fsrs BasicScheduler). A review card's Again follows the
     * relearning steps; the other intervals are ordered:
     * $$I_h = \min(I_h, I_g), \quad I_g = \max(I_g, I_h + 1), \quad I_e = \max(I_e, I_g + 1)$$
     */
    Preview shortTerm() {
        if (card.state() != State.REVIEW) {
            State target = card.state() == State.NEW ? State.LEARNING : card.state();
            return new Preview(
                    stepOrGraduate(Rating.AGAIN, target),
                    stepOrGraduate(Rating.HARD, target),
                    stepOrGraduate(Rating.GOOD, target),
                    stepOrGraduate(Rating.EASY, target));
        }
        MemoryState hard = next(Rating.HARD);
        MemoryState good = next(Rating.GOOD);
        MemoryState easy = next(Rating.EASY);
        long hardDays = interval(hard.stability());
        long goodDays = interval(good.stability());
        hardDays = Math.min(hardDays, goodDays);
        goodDays = Math.max(goodDays, hardDays + 1);
        long easyDays = Math.max(interval(easy.stability()), goodDays + 1);
        return new Preview(
                stepOrGraduate(Rating.AGAIN, State.RELEARNING),
                inDays(Rating.HARD, hard, hardDays),
                inDays(Rating.GOOD, good, goodDays),
                inDays(Rating.EASY, easy, easyDays));
    }

    /**
     * Whole days only (ts-fsrs LongTermScheduler), intervals ordered Again &lt; Hard &lt; Good &lt; Easy:
     * $$I_a = \min(I_a, I_h), \quad I_h = \max(I_h, I_a + 1), \quad I_g = \max(I_g, I_h + 1),
     * \quad I_e = \max(I_e, I_g + 1)$$
     */
    Preview longTerm() {
        MemoryState again = next(Rating.AGAIN);
        MemoryState hard = next(Rating.HARD);
        MemoryState good = next(Rating.GOOD);
        MemoryState easy = next(Rating.EASY);
        long againDays = interval(again.stability());
        long hardDays = interval(hard.stability());
        long goodDays = interval(good.stability());
        long easyDays = interval(easy.stability());
        againDays = Math.min(againDays, hardDays);
        hardDays = Math.max(hardDays, againDays + 1);
        goodDays = Math.max(goodDays, hardDays + 1);
        easyDays = Math.max(easyDays, goodDays + 1);
        return new Preview(
                inDays(Rating.AGAIN, again, againDays),
                inDays(Rating.HARD, hard, hardDays),
                inDays(Rating.GOOD, good, goodDays),
                inDays(Rating.EASY, easy, easyDays));
    }

    private MemoryState next(Rating rating) {
        return model.nextState(
                new MemoryState(card.difficulty(), card.stability()), elapsedDays, rating, retrievability);
    }

    /** The interval in days for stability S, fuzzed when fuzz is on. */
    private long interval(double stability) {
        long days = model.nextInterval(stability);
        return parameters.enableFuzz() ? Fuzz.apply(days, elapsedDays, parameters.maximumInterval(), fuzzDraw) : days;
    }

    /** A learning or relearning step shorter than a day, or graduation to whole-day scheduling. */
    private ReviewResult stepOrGraduate(Rating rating, State target) {
        MemoryState state = next(rating);
        LearningSteps.Step step = LearningSteps.next(parameters, card.state(), card.step(), rating);
        long minutes = step == null ? 0 : Math.max(0, step.minutes());
        int nextIndex = step == null ? 0 : Math.max(0, step.nextIndex());
        if (minutes > 0 && minutes < Duration.ofDays(1).toMinutes()) {
            return result(rating, state, target, nextIndex, 0, now.plus(Duration.ofMinutes(minutes)));
        }
        if (minutes >= Duration.ofDays(1).toMinutes()) {
            return result(
                    rating,
                    state,
                    State.REVIEW,
                    nextIndex,
                    minutes / Duration.ofDays(1).toMinutes(),
                    now.plus(Duration.ofMinutes(minutes)));
        }
        long days = interval(state.stability());
        return result(rating, state, State.REVIEW, 0, days, now.plus(Duration.ofDays(days)));
    }

    private ReviewResult inDays(Rating rating, MemoryState state, long days) {
        return result(rating, state, State.REVIEW, 0, days, now.plus(Duration.ofDays(days)));
    }

    private ReviewResult result(
            Rating rating, MemoryState memory, State state, int step, long scheduledDays, Instant due) {
        boolean lapse = rating == Rating.AGAIN
                && (card.state() == State.REVIEW || (!parameters.enableShortTerm() && card.state() != State.NEW));
        Card next = new Card(
                card.id(),
                state,
                step,
                memory.stability(),
                memory.difficulty(),
                due,
                now,
                elapsedDays,
                scheduledDays,
                card.reps() + 1,
                card.lapses() + (lapse ? 1 : 0));
        ReviewLog log = new ReviewLog(
                card.id(),
                rating,
                now,
                card.state(),
                state,
                elapsedDays,
                retrievability,
                card.stability(),
                card.difficulty(),
                memory.stability(),
                memory.difficulty(),
                scheduledDays,
                due,
                step);
        return new ReviewResult(next, log);
    }
}
