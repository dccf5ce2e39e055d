package org.quiztrainer.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.StudyDays;
import org.quiztrainer.srs.optimizer.LoggedReview;
import org.quiztrainer.srs.workload.DailyLearner;

/**
 * The simulated learner of the workload chart, taken from the learner's own log where it has enough
 * answers (at least {@value #MIN_SAMPLES} per figure) and from the published defaults otherwise: how often
 * a first answer is Again/Hard/Good/Easy, how often a recalled review is Hard/Good/Easy, the median time of
 * a review per rating and of a card's whole first day per first rating.
 */
final class WorkloadProfile {

    static final int MIN_SAMPLES = 20;

    private WorkloadProfile() {}

    static DailyLearner of(List<LoggedReview> log, StudySettings s) {
        DailyLearner published = DailyLearner.published();
        Map<Long, List<LoggedReview>> byCard = new HashMap<>();
        log.forEach(
                r -> byCard.computeIfAbsent(r.cardId(), id -> new ArrayList<>()).add(r));
        double[] first = new double[4];
        List<List<Double>> firstDay =
                List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (List<LoggedReview> card : byCard.values()) {
            LoggedReview start = card.get(0);
            if (start.state() != State.NEW) {
                continue;
            }
            int grade = start.rating().grade();
            first[grade - 1]++;
            double seconds = card.stream()
                    .filter(r -> StudyDays.between(start.reviewedAt(), r.reviewedAt(), s.zone(), s.dayStartHour()) == 0)
                    .mapToDouble(r -> r.durationMillis() / 1000.0)
                    .sum();
            firstDay.get(grade - 1).add(seconds);
        }
        double[] recalled = new double[3];
        List<List<Double>> review = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (LoggedReview r : log) {
            if (r.state() == State.REVIEW) {
                int grade = r.rating().grade();
                if (grade > 1) {
                    recalled[grade - 2]++;
                }
                review.get(grade - 1).add(r.durationMillis() / 1000.0);
            }
        }
        return new DailyLearner(
                shares(first, published.firstRating()),
                shares(recalled, published.recalled()),
                medians(firstDay, published.learnSeconds()),
                medians(review, published.reviewSeconds()));
    }

    private static double[] shares(double[] counts, double[] fallback) {
        double total = Arrays.stream(counts).sum();
        if (total < MIN_SAMPLES) {
            return fallback;
        }
        return Arrays.stream(counts).map(c -> c / total).toArray();
    }

    private static double[] medians(List<List<Double>> samples, double[] fallback) {
        double[] out = fallback.clone();
        for (int i = 0; i < out.length; i++) {
            List<Double> values = new ArrayList<>(samples.get(i));
            if (values.size() >= MIN_SAMPLES) {
                values.sort(null);
                out[i] = Math.max(1, values.get(values.size() / 2));
            }
        }
        return out;
    }
}
