package org.quiztrainer.srs.simulation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the workload of FSRS-6 at desired retention 0.80, 0.85, 0.90 and 0.95 next to Anki's SM-2, as
 * Markdown tables: the published setting (5 years, 10 new cards a day) and a 10,000-card year. With
 * {@code --deck N --days D --new K [--limit L] [--seed S]} it prints one custom setting instead.
 */
public final class SimulationBenchmark {

    private static final double[] RETENTIONS = {0.80, 0.85, 0.90, 0.95};
    private static final long SEED = 42;

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        LearnerProfile learner = LearnerProfile.fsrsRsDefaults();
        if (args.length > 0) {
            SimulationConfig config = parse(args);
            out.printf(Locale.ROOT, "%n%d cards, %d days, %d new cards a day, review limit %s, seed %d%n%n",
                    config.deckSize(), config.days(), config.newCardsPerDay(),
                    config.reviewLimit() == Integer.MAX_VALUE ? "none" : config.reviewLimit(), config.seed());
            table(out, compare(config, learner));
            return;
        }
        SimulationConfig published = SimulationConfig.unlimited(5 * 365 * 10, 5 * 365, 10, SEED);
        out.printf("%nPublished setting: 5 years (1825 days), 10 new cards a day, no review limit, seed 42%n%n");
        List<SimulationResult> results = compare(published, learner);
        table(out, results);
        publishedComparison(out, published, learner, results);
        SimulationConfig year = SimulationConfig.unlimited(10_000, 365, 28, SEED);
        out.printf("%n10,000 cards, 365 days, 28 new cards a day (all cards introduced), no review limit, seed 42%n%n");
        table(out, compare(year, learner));
    }

    /** FSRS-6 at each retention, then SM-2. */
    static List<SimulationResult> compare(SimulationConfig config, LearnerProfile learner) {
        List<SimulationResult> results = new ArrayList<>();
        for (double retention : RETENTIONS) {
            results.add(Simulator.run(config, learner, FsrsPolicy.atRetention(retention)));
        }
        results.add(Simulator.run(config, learner, new Sm2Policy()));
        return results;
    }

    private static void table(PrintStream out, List<SimulationResult> results) {
        out.println("| scheduler | reviews/day | all answers/day | cards memorised | minutes/day "
                + "| memorised per review minute | reviews per memorised card | recalled at review |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (SimulationResult r : results) {
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %.1f | %.3f | %.2f | %.1f%% |%n", r.policy(),
                    r.reviewsPerDay(), r.answersPerDay(), r.memorised(), r.minutesPerDay(), r.memorisedPerMinute(),
                    r.reviewsPerMemorised(), 100 * r.retentionAtReview());
        }
    }

    /**
     * FSRS at 0.85 against SM-2, and FSRS at the retention that memorises as many cards as SM-2 (found by
     * bisection), in reviews.
     */
    private static void publishedComparison(PrintStream out, SimulationConfig config, LearnerProfile learner,
            List<SimulationResult> results) {
        SimulationResult fsrs85 = results.get(1);
        SimulationResult sm2 = results.get(results.size() - 1);
        out.printf(Locale.ROOT, "%nFSRS-6 at 0.85 vs SM-2: %s reviews (%s all answers, %s time), %s cards "
                + "memorised; %s reviews per memorised card.%n", fewer(fsrs85.reviews(), sm2.reviews()),
                fewer(fsrs85.answers(), sm2.answers()), fewer(fsrs85.seconds(), sm2.seconds()),
                more(fsrs85.memorised(), sm2.memorised()),
                fewer(fsrs85.reviewsPerMemorised(), sm2.reviewsPerMemorised()));
        double low = 0.70;
        double high = 0.99;
        SimulationResult matched = null;
        for (int i = 0; i < 14; i++) {
            double mid = (low + high) / 2;
            matched = Simulator.run(config, learner, FsrsPolicy.atRetention(mid));
            if (matched.memorised() < sm2.memorised()) {
                low = mid;
            } else {
                high = mid;
            }
        }
        out.printf(Locale.ROOT, "Same cards memorised as SM-2 (%.0f): FSRS-6 at r=%.3f memorises %.0f with %s "
                + "reviews (%s all answers, %s time).%n", sm2.memorised(), (low + high) / 2, matched.memorised(),
                fewer(matched.reviews(), sm2.reviews()), fewer(matched.answers(), sm2.answers()),
                fewer(matched.seconds(), sm2.seconds()));
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
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --deck N --days D --new K [--limit L] [--seed S]");
            }
        }
        return new SimulationConfig(deck, days, perDay, limit, seed);
    }
}
