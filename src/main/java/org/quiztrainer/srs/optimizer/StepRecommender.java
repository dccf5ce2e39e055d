package org.quiztrainer.srs.optimizer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

/**
 * Suggests learning and relearning steps from a review log, after fsrs-rs's {@code compute_optimal_steps}
 * (as its bindings offer it): the gap between a card's first learning review and the next one, and
 * between a lapse and the next review, is measured in seconds minus the answer time of the later review;
 * per group (first Again, Hard, Good; Again then Good; Good then Again; after a lapse) a short-term
 * stability S is fitted to the recalls by golden-section search of the cross-entropy under the learner's
 * forgetting curve. A step is S · I(r) for the desired retention r (I the scheduler's interval modifier),
 * at least one minute, suggested only from groups of at least 100 gaps and only if it is under 12 hours:
 * <ul>
 * <li>first learning step: from the Again group;</li>
 * <li>second: the smallest of 2 · S(Hard) − S(Again), S(Good) and S(Again then Good), at least S(Again);</li>
 * <li>relearning step: from the lapse group.</li>
 * </ul>
 */
public final class StepRecommender {

    /** The groups of gaps. */
    public enum Group {
        /** After a first Again. */
        AGAIN,
        /** After a first Hard. */
        HARD,
        /** After a first Good. */
        GOOD,
        /** After a first Again then Good. */
        AGAIN_THEN_GOOD,
        /** After a first Good then Again. */
        GOOD_THEN_AGAIN,
        /** After a lapse in review. */
        RELEARNING
    }

    /** Groups smaller than this give no suggestion. */
    public static final int MIN_COUNT = 100;

    private static final double CUTOFF_SECONDS = 12 * 3600;
    private static final double DEFAULT_STABILITY = 86400;

    private StepRecommender() {}

    /** Suggested steps for desired retention {@code retention} under the decay weight {@code w20}. */
    public static StepRecommendation recommend(List<LoggedReview> log, double retention, double w20) {
        if (!(retention > 0 && retention < 1) || !(w20 >= 0.1 && w20 <= 0.8)) {
            throw new IllegalArgumentException("retention must be in (0, 1) and w20 in 0.1..0.8");
        }
        Map<Group, List<double[]>> gaps = gaps(log);
        Map<Group, StepStats> stats = new EnumMap<>(Group.class);
        for (Map.Entry<Group, List<double[]>> entry : gaps.entrySet()) {
            StepStats s = ShortTermFit.stats(entry.getValue(), w20);
            if (s != null) {
                stats.put(entry.getKey(), s);
            }
        }
        double modifier = MemoryModel.intervalModifier(retention, w20);
        List<Duration> learning = new ArrayList<>();
        StepStats again = enough(stats.get(Group.AGAIN));
        if (again != null) {
            step(again.stability(), modifier).ifPresent(learning::add);
        }
        double againStability =
                stats.containsKey(Group.AGAIN) ? stats.get(Group.AGAIN).stability() : DEFAULT_STABILITY;
        List<Double> candidates = new ArrayList<>();
        StepStats hard = enough(stats.get(Group.HARD));
        if (hard != null) {
            candidates.add(hard.stability() * 2 - againStability);
        }
        StepStats good = enough(stats.get(Group.GOOD));
        if (good != null) {
            candidates.add(good.stability());
        }
        StepStats againThenGood = enough(stats.get(Group.AGAIN_THEN_GOOD));
        if (againThenGood != null) {
            candidates.add(againThenGood.stability());
        }
        if (!candidates.isEmpty()) {
            double smallest =
                    Math.max(candidates.stream().min(Comparator.naturalOrder()).orElseThrow(), againStability);
            step(smallest, modifier).ifPresent(learning::add);
        }
        List<Duration> relearning = new ArrayList<>();
        StepStats lapse = enough(stats.get(Group.RELEARNING));
        if (lapse != null) {
            step(lapse.stability(), modifier).ifPresent(relearning::add);
        }
        return new StepRecommendation(learning, relearning, stats);
    }

    private static StepStats enough(StepStats stats) {
        return stats != null && stats.count() >= MIN_COUNT ? stats : null;
    }

    /** S · I(r) in whole minutes (at least 1), empty if not under 12 hours. */
    private static java.util.Optional<Duration> step(double stability, double modifier) {
        double seconds = stability * modifier;
        if (!(seconds < CUTOFF_SECONDS)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Duration.ofMinutes(Math.max(1, Math.round(seconds / 60))));
    }

    /** The (gap seconds, recalled 0/1) pairs of each group. */
    static Map<Group, List<double[]>> gaps(List<LoggedReview> log) {
        Map<Long, List<LoggedReview>> byCard = new HashMap<>();
        for (LoggedReview review : log) {
            byCard.computeIfAbsent(review.cardId(), id -> new ArrayList<>()).add(review);
        }
        Map<Group, List<double[]>> gaps = new EnumMap<>(Group.class);
        for (List<LoggedReview> card : byCard.values()) {
            card.sort(Comparator.comparing(LoggedReview::reviewedAt));
            int first = -1;
            for (int i = 0; i < card.size() && first < 0; i++) {
                first = card.get(i).learning() ? i : -1;
            }
            if (first >= 0 && first + 1 < card.size()) {
                LoggedReview a = card.get(first);
                LoggedReview b = card.get(first + 1);
                int firstGrade = a.rating().grade();
                if (firstGrade <= 3) {
                    add(gaps, Group.values()[firstGrade - 1], a, b);
                }
                boolean againGood = a.rating() == Rating.AGAIN && b.rating() == Rating.GOOD;
                boolean goodAgain = a.rating() == Rating.GOOD && b.rating() == Rating.AGAIN;
                if ((againGood || goodAgain) && first + 2 < card.size()) {
                    add(gaps, againGood ? Group.AGAIN_THEN_GOOD : Group.GOOD_THEN_AGAIN, b, card.get(first + 2));
                }
            }
            for (int i = 0; i + 1 < card.size(); i++) {
                if (card.get(i).state() == State.REVIEW && card.get(i).rating() == Rating.AGAIN) {
                    add(gaps, Group.RELEARNING, card.get(i), card.get(i + 1));
                }
            }
        }
        return gaps;
    }

    private static void add(Map<Group, List<double[]>> gaps, Group group, LoggedReview earlier, LoggedReview later) {
        double seconds =
                (later.reviewedAt().toEpochMilli() - earlier.reviewedAt().toEpochMilli()) / 1000.0
                        - later.durationMillis() / 1000.0;
        gaps.computeIfAbsent(group, g -> new ArrayList<>())
                .add(new double[] {Math.max(0, seconds), later.rating() == Rating.AGAIN ? 0 : 1});
    }
}
