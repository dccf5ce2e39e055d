package org.quiztrainer.srs.simulation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.workload.DailyConfig;
import org.quiztrainer.srs.workload.DailyLearner;
import org.quiztrainer.srs.workload.DailyPolicy;
import org.quiztrainer.srs.workload.DailyResult;
import org.quiztrainer.srs.workload.DailySimulator;
import org.quiztrainer.srs.workload.DesiredRetentionPolicy;
import org.quiztrainer.srs.workload.LearnerProfile;

/**
 * Prints the workload of FSRS-6 at desired retention 0.80, 0.85, 0.90 and 0.95 next to Anki's SM-2, as
 * Markdown tables, with FSRS at 0.85 against SM-2 and FSRS at the retention that memorises as many
 * cards as SM-2:
 * <ol>
 * <li>the FSRS authors' published setting and method ({@link DailySimulator}: 10,000 cards, 5 years,
 * 10 new cards a day), for their learner and for the default FSRS-6 learner, averaged over seeds;</li>
 * <li>the step-by-step simulation ({@link Simulator}: learning steps, Anki's real SM-2, fuzz) of a
 * 10,000-card year with 28 new cards a day.</li>
 * </ol>
 * Options: {@code --seeds N} (default 5) for the published setting; {@code --deck N --days D --new K
 * [--limit L] [--seed S]} prints one step-by-step setting instead.
 */
public final class SimulationBenchmark {

    private static final double[] RETENTIONS = {0.80, 0.85, 0.90, 0.95};
    private static final long SEED = 42;

    private SimulationBenchmark() {}

    /** A retention found to memorise a target number of cards, and its result. */
    record Match<T>(double retention, T result) {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        int seeds = 5;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seeds") && i + 1 < args.length) {
                seeds = Integer.parseInt(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        LearnerProfile learner = LearnerProfile.fsrsRsDefaults();
        if (!rest.isEmpty()) {
            SimulationConfig config = parse(rest.toArray(String[]::new));
            out.printf(
                    Locale.ROOT,
                    "%n%d cards, %d days, %d new cards a day, review limit %s, seed %d%n%n",
                    config.deckSize(),
                    config.days(),
                    config.newCardsPerDay(),
                    config.reviewLimit() == Integer.MAX_VALUE ? "none" : config.reviewLimit(),
                    config.seed());
            stepByStep(out, config, learner);
            return;
        }
        out.printf(
                Locale.ROOT,
                "%nPublished setting and method: 10,000 cards, 1825 days, 10 new cards a day, "
                        + "mean of %d seeds from 42%n",
                seeds);
        published(
                out,
                "Learner of the published run (SSP-MMC-FSRS DEFAULT_W)",
                DailyConfig.PUBLISHED_LEARNER_WEIGHTS,
                seeds);
        published(out, "Default FSRS-6 learner", Parameters.DEFAULT_WEIGHTS, seeds);
        SimulationConfig year = SimulationConfig.unlimited(10_000, 365, 28, SEED);
        out.printf("%nStep-by-step: 10,000 cards, 365 days, 28 new cards a day, no review limit, seed 42%n%n");
        stepByStep(out, year, learner);
    }

    private static void stepByStep(PrintStream out, SimulationConfig config, LearnerProfile learner) {
        List<SimulationResult> results = stepCompare(config, learner);
        stepTable(out, results);
        SimulationResult sm2 = results.get(results.size() - 1);
        Match<SimulationResult> match = match(
                r -> Simulator.run(config, learner, FsrsPolicy.atRetention(r)),
                SimulationResult::memorisedAverage,
                sm2.memorisedAverage(),
                results);
        comparison(
                out,
                "FSRS-6",
                (double) results.get(1).reviews(),
                results.get(1).memorisedAverage(),
                (double) sm2.reviews(),
                sm2.memorisedAverage(),
                match.retention(),
                (double) match.result().reviews(),
                match.result().memorisedAverage());
    }

    private static void published(PrintStream out, String title, List<Double> weights, int seeds) {
        DailyConfig config = DailyConfig.published(SEED).withWeights(weights);
        boolean fitted = !weights.equals(Parameters.DEFAULT_WEIGHTS);
        List<DailyResult> fsrs = grid(config, seeds, weights);
        List<DailyResult> unfitted = fitted ? grid(config, seeds, Parameters.DEFAULT_WEIGHTS) : List.of();
        DailyResult rule = mean(config, seeds, () -> new DesiredRetentionPolicy(0.85, weights.get(20)));
        DailyResult sm2 = mean(config, seeds, DailySm2Policy::new);
        List<DailyResult> results = new ArrayList<>(fsrs);
        results.addAll(unfitted);
        results.add(rule);
        results.add(sm2);
        out.printf("%n%s%n%n", title);
        out.println("| scheduler | reviews/day | minutes/day | memorised (average, all days) | memorised at end "
                + "| memorised / hours spent | reviews per memorised card | recalled at review |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (DailyResult r : results) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.0f | %.0f | %.1f | %.2f | %.1f%% |%n",
                    r.policy(),
                    r.reviewsPerDay(),
                    r.minutesPerDay(),
                    r.memorisedAverage(),
                    r.memorisedAtEnd(),
                    r.memorisedPerHour(),
                    r.reviewsPerMemorised(),
                    100 * r.retentionAtReview());
        }
        dailyComparison(out, config, seeds, weights, fsrs, sm2);
        if (fitted) {
            dailyComparison(out, config, seeds, Parameters.DEFAULT_WEIGHTS, unfitted, sm2);
        }
    }

    private static List<DailyResult> grid(DailyConfig config, int seeds, List<Double> weights) {
        List<DailyResult> results = new ArrayList<>();
        for (double retention : RETENTIONS) {
            results.add(mean(config, seeds, () -> SchedulerDailyPolicy.atRetention(retention, weights)));
        }
        return results;
    }

    private static void dailyComparison(
            PrintStream out,
            DailyConfig config,
            int seeds,
            List<Double> weights,
            List<DailyResult> fsrs,
            DailyResult sm2) {
        Match<DailyResult> match = match(
                r -> mean(config, seeds, () -> SchedulerDailyPolicy.atRetention(r, weights)),
                DailyResult::memorisedAverage,
                sm2.memorisedAverage(),
                fsrs);
        comparison(
                out,
                fsrs.get(0).policy().replace("r=0.80 ", ""),
                fsrs.get(1).reviews(),
                fsrs.get(1).memorisedAverage(),
                sm2.reviews(),
                sm2.memorisedAverage(),
                match.retention(),
                match.result().reviews(),
                match.result().memorisedAverage());
    }

    private static DailyResult mean(DailyConfig config, int seeds, Supplier<DailyPolicy> policy) {
        return DailyResult.mean(IntStream.range(0, seeds)
                .parallel()
                .mapToObj(i -> DailySimulator.run(config.withSeed(SEED + i), DailyLearner.published(), policy.get()))
                .toList());
    }

    /**
     * The retention at which FSRS memorises {@code target} cards: regula falsi from the two grid
     * retentions that bracket it (0.70 or 0.99 outside the grid), until within half a card or six steps.
     */
    static <T> Match<T> match(DoubleFunction<T> run, ToDoubleFunction<T> memorised, double target, List<T> grid) {
        double lowR = 0.70;
        double highR = 0.99;
        T low = null;
        T high = null;
        for (int i = 0; i < RETENTIONS.length; i++) {
            if (memorised.applyAsDouble(grid.get(i)) <= target) {
                lowR = RETENTIONS[i];
                low = grid.get(i);
            } else if (high == null) {
                highR = RETENTIONS[i];
                high = grid.get(i);
            }
        }
        low = low == null ? run.apply(lowR) : low;
        high = high == null ? run.apply(highR) : high;
        Match<T> best = new Match<>(lowR, low);
        for (int step = 0; step < 6; step++) {
            double ml = memorised.applyAsDouble(low);
            double mh = memorised.applyAsDouble(high);
            double r = mh == ml ? (lowR + highR) / 2 : lowR + (target - ml) * (highR - lowR) / (mh - ml);
            r = Math.min(Math.max(r, Math.min(lowR, highR)), Math.max(lowR, highR));
            T result = run.apply(r);
            best = new Match<>(r, result);
            double m = memorised.applyAsDouble(result);
            if (Math.abs(m - target) < 0.5) {
                break;
            }
            if (m < target) {
                lowR = r;
                low = result;
            } else {
                highR = r;
                high = result;
            }
        }
        return best;
    }

    private static void comparison(
            PrintStream out,
            String fsrs,
            double fsrsReviews,
            double fsrsMemorised,
            double sm2Reviews,
            double sm2Memorised,
            double matchedRetention,
            double matchedReviews,
            double matchedMemorised) {
        out.printf(
                Locale.ROOT,
                "%n%s at 0.85 vs SM-2: %s reviews, %s cards memorised; %s reviews per " + "memorised card.%n",
                fsrs,
                fewer(fsrsReviews, sm2Reviews),
                more(fsrsMemorised, sm2Memorised),
                fewer(fsrsReviews / fsrsMemorised, sm2Reviews / sm2Memorised));
        out.printf(
                Locale.ROOT,
                "Same cards memorised as SM-2 (%.0f): %s at r=%.3f memorises %.0f with %s "
                        + "reviews (%s reviews per memorised card).%n",
                sm2Memorised,
                fsrs,
                matchedRetention,
                matchedMemorised,
                fewer(matchedReviews, sm2Reviews),
                fewer(matchedReviews / matchedMemorised, sm2Reviews / sm2Memorised));
    }

    /** FSRS-6 at each retention, then SM-2, step by step. */
    static List<SimulationResult> stepCompare(SimulationConfig config, LearnerProfile learner) {
        List<SimulationResult> results = new ArrayList<>();
        for (double retention : RETENTIONS) {
            results.add(Simulator.run(config, learner, FsrsPolicy.atRetention(retention)));
        }
        results.add(Simulator.run(config, learner, new Sm2Policy()));
        return results;
    }

    private static void stepTable(PrintStream out, List<SimulationResult> results) {
        out.println("| scheduler | reviews/day | all answers/day | memorised (average, all days) | memorised at end "
                + "| minutes/day | reviews per memorised card | recalled at review |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (SimulationResult r : results) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.0f | %.0f | %.1f | %.2f | %.1f%% |%n",
                    r.policy(),
                    r.reviewsPerDay(),
                    r.answersPerDay(),
                    r.memorisedAverage(),
                    r.memorised(),
                    r.minutesPerDay(),
                    r.reviewsPerMemorised(),
                    100 * r.retentionAtReview());
        }
    }

    private static String fewer(double fsrs, double sm2) {
        double change = 100 * (1 - fsrs / sm2);
        return String.format(Locale.ROOT, change >= 0 ? "%.1f%% fewer" : "%.1f%% more", Math.abs(change));
    }

    private static String more(double fsrs, double sm2) {
        double change = 100 * (fsrs / sm2 - 1);
        return String.format(Locale.ROOT, change >= 0 ? "%.1f%% more" : "%.1f%% fewer", Math.abs(change));
    }

    private static SimulationConfig parse(String[] args) {
        int deck = 10_000;
        int days = 365;
        int perDay = 28;
        int limit = Integer.MAX_VALUE;
        long seed = SEED;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--deck" -> deck = Integer.parseInt(value);
                case "--days" -> days = Integer.parseInt(value);
                case "--new" -> perDay = Integer.parseInt(value);
                case "--limit" -> limit = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --deck N --days D --new K [--limit L] [--seed S], or --seeds N");
            }
        }
        return new SimulationConfig(deck, days, perDay, limit, seed);
    }
}
