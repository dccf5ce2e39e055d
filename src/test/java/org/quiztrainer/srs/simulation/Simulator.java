package org.quiztrainer.srs.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.workload.LearnerProfile;

/**
 * A workload simulator in the spirit of fsrs-rs's {@code simulate}. Each day the due cards are answered,
 * earliest due first, review cards up to the review limit, then new cards are introduced. Same-day
 * learning steps follow at once. The learner's memory is the ground truth: FSRS-6 with the default
 * weights tracks each card's true stability and difficulty from the actual ratings and calendar days,
 * whatever the policy; a card due on a later day is recalled with probability R(t, S), and the button
 * pressed and the seconds spent come from the {@link LearnerProfile}. Deterministic for a seed.
 *
 * @param <C> the policy's card type
 */
public final class Simulator<C> {

    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration FIRST_REVIEW = Duration.ofHours(9);
    private static final int MAX_SAME_DAY_ANSWERS = 20;

    private final SimulationConfig config;
    private final LearnerProfile learner;
    private final SchedulingPolicy<C> policy;
    private final MemoryModel truth = new MemoryModel(Parameters.defaults());
    private final double decay = Parameters.DEFAULT_WEIGHTS.get(20);
    private final double factor = MemoryModel.factor(decay);
    private final SplittableRandom random;
    private final List<C> cards = new ArrayList<>();
    private final double[] stability;
    private final double[] difficulty;
    private final int[] lastDay;
    private final Rating[] lastRating;
    private final long[] dueMillis;
    private long answers;
    private long reviews;
    private long recalled;
    private double seconds;
    private double memorisedDays;

    private Simulator(SimulationConfig config, LearnerProfile learner, SchedulingPolicy<C> policy) {
        this.config = config;
        this.learner = learner;
        this.policy = policy;
        this.random = new SplittableRandom(config.seed());
        this.stability = new double[config.deckSize()];
        this.difficulty = new double[config.deckSize()];
        this.lastDay = new int[config.deckSize()];
        this.lastRating = new Rating[config.deckSize()];
        this.dueMillis = new long[config.deckSize()];
    }

    /** Runs {@code policy} through the setting and returns its cost and result. */
    public static <C> SimulationResult run(
            SimulationConfig config, LearnerProfile learner, SchedulingPolicy<C> policy) {
        return new Simulator<>(config, learner, policy).simulate();
    }

    private SimulationResult simulate() {
        PriorityQueue<Integer> queue = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(card -> dueMillis[card]).thenComparingInt(card -> card));
        for (int day = 0; day < config.days(); day++) {
            Instant start = EPOCH.plus(Duration.ofDays(day)).plus(FIRST_REVIEW);
            long nextDay = EPOCH.plus(Duration.ofDays(day + 1L)).toEpochMilli();
            memorisedDays += memorisedNow(day);
            List<Integer> later = new ArrayList<>();
            int reviewCards = 0;
            while (!queue.isEmpty() && dueMillis[queue.peek()] < nextDay) {
                int card = queue.poll();
                if (policy.state(cards.get(card)) == State.REVIEW) {
                    if (reviewCards >= config.reviewLimit()) {
                        later.add(card);
                        continue;
                    }
                    reviewCards++;
                }
                if (study(card, day, start, nextDay)) {
                    queue.add(card);
                } else {
                    later.add(card);
                }
            }
            for (int n = 0; n < config.newCardsPerDay() && cards.size() < config.deckSize(); n++) {
                int card = cards.size();
                cards.add(policy.create("card-" + card, start));
                if (study(card, day, start, nextDay)) {
                    queue.add(card);
                } else {
                    later.add(card);
                }
            }
            queue.addAll(later);
        }
        double memorised = 0;
        for (int card = 0; card < cards.size(); card++) {
            memorised += truth.retrievability(config.days() - lastDay[card], stability[card]);
        }
        return new SimulationResult(
                policy.name(),
                config.days(),
                cards.size(),
                answers,
                reviews,
                recalled,
                seconds,
                memorised,
                memorisedDays / config.days());
    }

    /** The sum of the true R of the cards introduced before {@code day}, at its start. */
    private double memorisedNow(int day) {
        double sum = 0;
        for (int card = 0; card < cards.size(); card++) {
            sum += Math.pow(1 + factor * (day - lastDay[card]) / stability[card], -decay);
        }
        return sum;
    }

    /** Answers a card and its same-day steps; false if it is still due today after the cap. */
    private boolean study(int card, int day, Instant start, long nextDay) {
        C current = cards.get(card);
        Instant now = later(start, policy.due(current));
        for (int today = 0; today < MAX_SAME_DAY_ANSWERS; today++) {
            State before = policy.state(current);
            Rating rating = answer(card, before, day);
            seconds += learner.seconds(before, rating);
            answers++;
            if (before == State.REVIEW) {
                reviews++;
                recalled += rating == Rating.AGAIN ? 0 : 1;
            }
            MemoryState memory =
                    before == State.NEW ? MemoryState.NONE : new MemoryState(difficulty[card], stability[card]);
            MemoryState next = truth.nextState(memory, before == State.NEW ? 0 : day - lastDay[card], rating, null);
            difficulty[card] = next.difficulty();
            stability[card] = next.stability();
            lastDay[card] = day;
            lastRating[card] = rating;
            current = policy.review(current, rating, now);
            cards.set(card, current);
            dueMillis[card] = policy.due(current).toEpochMilli();
            if (dueMillis[card] >= nextDay) {
                return true;
            }
            now = later(now, policy.due(current));
        }
        return false;
    }

    private Rating answer(int card, State before, int day) {
        if (before == State.NEW) {
            return learner.firstRating(random);
        }
        int elapsed = day - lastDay[card];
        if (elapsed == 0 && before != State.REVIEW) {
            return learner.stepRating(lastRating[card], before == State.RELEARNING, random);
        }
        boolean recalled = random.nextDouble() < truth.retrievability(elapsed, stability[card]);
        return recalled ? learner.recalledRating(random) : Rating.AGAIN;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
