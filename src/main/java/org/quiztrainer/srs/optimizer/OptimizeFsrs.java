package org.quiztrainer.srs.optimizer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quiztrainer.srs.Parameters;

/**
 * {@code scripts/optimize-fsrs REVLOG.csv [--timezone ZONE] [--next-day-starts-at HOUR] [--no-short-term]}:
 * fits FSRS-6 weights to a review-log CSV ({@link RevlogCsv}) and prints the cards, reviews and items, the
 * log loss and RMSE(bins) of the default and the fitted weights on that file, and as its last line
 * {@code parameters: w0,...,w20}. Bad input prints one message with its line and column and exits 2.
 */
public final class OptimizeFsrs {

    static final String USAGE =
            "usage: optimize-fsrs REVLOG.csv [--timezone ZONE] [--next-day-starts-at HOUR]" + " [--no-short-term]";

    private OptimizeFsrs() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns its exit status (0 done, 2 bad input). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        ZoneId zone = ZoneOffset.UTC;
        int dayStart = 4;
        boolean shortTerm = true;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--timezone" -> zone = ZoneId.of(value(args, ++i, "--timezone"));
                    case "--next-day-starts-at" -> dayStart = hour(value(args, ++i, "--next-day-starts-at"));
                    case "--no-short-term" -> shortTerm = false;
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("--") || file != null) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no review-log file given");
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println("optimize-fsrs: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<LoggedReview> reviews;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reviews = RevlogCsv.read(reader);
        } catch (RevlogFormatException e) {
            err.println("optimize-fsrs: " + file + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("optimize-fsrs: " + file + ": cannot read the file (" + e.getMessage() + ")");
            return 2;
        }
        report(reviews, zone, dayStart, shortTerm, out);
        return 0;
    }

    private static void report(
            List<LoggedReview> reviews, ZoneId zone, int dayStart, boolean shortTerm, PrintStream out) {
        TrainingItems items = TrainingItems.of(reviews, zone, dayStart);
        Optimization fit =
                FsrsOptimizer.optimize(items, TrainingConfig.defaults().withShortTerm(shortTerm), Progress.NONE);
        out.println("cards: " + items.cardCount());
        out.println("reviews: " + items.reviewCount());
        out.println("items (reviews after a day or more): " + items.size());
        out.println("training items (after the outlier filter): " + fit.trainingItems());
        out.println("fit: "
                + switch (fit.outcome()) {
                    case DEFAULTS -> "fewer than " + FsrsOptimizer.MIN_ITEMS + " training items, default weights kept";
                    case INITIAL_STABILITY ->
                        "fewer than " + FsrsOptimizer.MIN_ITEMS_FOR_FULL_FIT
                                + " training items (or only first reviews): initial stabilities only";
                    case FITTED -> "all 21 weights";
                });
        if (items.size() > 0) {
            out.println("default weights: " + figures(Evaluator.evaluate(items, Parameters.DEFAULT_WEIGHTS)));
            out.println("fitted weights:  " + figures(Evaluator.evaluate(items, fit.weights())));
        } else {
            out.println("log loss and RMSE(bins): none (no review after a day or more)");
        }
        out.println("parameters: "
                + fit.weights().stream().map(OptimizeFsrs::format).collect(Collectors.joining(",")));
    }

    private static String figures(Evaluation e) {
        return String.format(Locale.ROOT, "log loss %.6f, RMSE(bins) %.6f", e.logLoss(), e.rmseBins());
    }

    /** A weight with 6 decimals, trailing zeros removed. */
    static String format(double w) {
        String text = String.format(Locale.ROOT, "%.6f", w);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text + "0" : text;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int hour(String text) {
        try {
            int hour = Integer.parseInt(text);
            if (hour >= 0 && hour <= 23) {
                return hour;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--next-day-starts-at must be an hour 0..23, was " + text);
    }
}
