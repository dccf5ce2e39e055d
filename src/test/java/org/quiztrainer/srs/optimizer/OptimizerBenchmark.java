package org.quiztrainer.srs.optimizer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.srs.Parameters;

/**
 * The optimiser's quality and speed: {@code bash scripts/benchmark org.quiztrainer.srs.optimizer.OptimizerBenchmark}.
 * Prints (1) per public learner the log loss and RMSE(bins) on its test log of the weights fitted on its
 * train log, beside fsrs-rs's, the defaults and the true weights; (2) the in-process fit time on 20,000
 * reviews; (3) the wall time of {@code scripts/optimize-fsrs} on 56,000 reviews, JVM start included. fsrs-rs
 * runs beside it on the same files in the same run ({@link FsrsRsReference}), so each line has the ratio.
 */
public final class OptimizerBenchmark {

    private static final int RUNS = 5;
    private static final String HEADER = "| learner | test items | defaults | fsrs-rs | ours | ours - fsrs-rs |"
            + " true weights | fsrs-rs fit | our fit | ours / fsrs-rs |";

    private OptimizerBenchmark() {}

    public static void main(String[] args) throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse("?");
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores (%s), Java %s; %s%n",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                System.getProperty("java.version"),
                java.time.Instant.now());
        System.out.println("load average before: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
        quality();
        inProcess();
        script();
        System.out.println("load average after: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void quality() throws IOException, InterruptedException {
        System.out.println();
        System.out.println(HEADER);
        System.out.println("|---|---:|---|---|---|---|---|---:|---:|---:|");
        for (String learner : PublicLogs.LEARNERS) {
            TrainingItems train = PublicLogs.items(learner, "train");
            TrainingItems test = PublicLogs.items(learner, "test");
            FsrsOptimizer.optimize(train, TrainingConfig.defaults(), Progress.NONE);
            double[] times = new double[RUNS];
            Optimization fit = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                fit = FsrsOptimizer.optimize(train, TrainingConfig.defaults(), Progress.NONE);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            double ms = median(times);
            JsonNode s = PublicLogs.summary(learner);
            Path trainCsv = FsrsRsReference.csv(PublicLogs.reviews(learner, "train"), learner + "-train");
            Path testCsv = FsrsRsReference.csv(PublicLogs.reviews(learner, "test"), learner + "-test");
            Optional<FsrsRsReference.Fit> rs = FsrsRsReference.fit(RUNS, trainCsv, testCsv);
            Files.delete(trainCsv);
            Files.delete(testCsv);
            List<Double> rsWeights =
                    rs.map(FsrsRsReference.Fit::weights).orElseGet(() -> PublicLogs.weights(s.get("fsrs_rs_weights")));
            double rsMs = rs.map(FsrsRsReference.Fit::medianMs)
                    .orElse(s.get("fsrs_rs_ms").asDouble());
            Evaluation ours = Evaluator.evaluate(test, fit.weights());
            Evaluation defaults = Evaluator.evaluate(test, Parameters.DEFAULT_WEIGHTS);
            Evaluation fsrsRs = Evaluator.evaluate(test, rsWeights);
            Evaluation truth = Evaluator.evaluate(test, PublicLogs.weights(s.get("true_weights")));
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %+.4f / %+.4f | %s | %.0f ms%s | %.0f ms | %.1f |%n",
                    learner,
                    ours.items(),
                    f(defaults),
                    f(fsrsRs),
                    f(ours),
                    ours.logLoss() - fsrsRs.logLoss(),
                    ours.rmseBins() - fsrsRs.rmseBins(),
                    f(truth),
                    rsMs,
                    rs.isPresent() ? "" : " (recorded)",
                    ms,
                    ms / rsMs);
            rs.filter(r -> r.testLogLoss() != null)
                    .ifPresent(r -> System.out.printf(
                            Locale.ROOT,
                            "  %s: fsrs-rs's own evaluate of its weights on test: %.4f / %.4f%n",
                            learner,
                            r.testLogLoss(),
                            r.testRmseBins()));
        }
        System.out.println("(each cell: log loss / RMSE(bins) on the test log, scored by our evaluator; fits on the "
                + "train log, median of " + RUNS + " after one warm-up; fsrs-rs fitted in this run by "
                + "scripts/fsrs-rs-fit unless marked recorded, i.e. taken from summary.json)");
    }

    private static String f(Evaluation e) {
        return String.format(Locale.ROOT, "%.4f / %.4f", e.logLoss(), e.rmseBins());
    }

    /** Whole cards of the public logs (card ids kept apart per learner) until {@code reviews} reviews. */
    static List<LoggedReview> log(int reviews) {
        List<LoggedReview> out = new ArrayList<>();
        long offset = 0;
        for (String learner : List.of("pub-b", "pub-a", "pub-c")) {
            for (String part : List.of("train", "test")) {
                List<LoggedReview> all = PublicLogs.reviews(learner, part);
                for (LoggedReview r : all) {
                    out.add(new LoggedReview(
                            r.cardId() + offset, r.reviewedAt(), r.rating(), r.state(), r.durationMillis()));
                }
            }
            offset += 1_000_000;
        }
        out.sort((a, b) -> Long.compare(a.cardId(), b.cardId()));
        int end = reviews;
        while (end < out.size() && out.get(end).cardId() == out.get(end - 1).cardId()) {
            end++;
        }
        return new ArrayList<>(out.subList(0, Math.min(end, out.size())));
    }

    private static void inProcess() throws IOException, InterruptedException {
        List<LoggedReview> log = log(20_000);
        double[] times = new double[7];
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            FsrsOptimizer.optimize(TrainingItems.of(log, ZoneOffset.UTC, 4), TrainingConfig.defaults(), Progress.NONE);
            times[run] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Path file = FsrsRsReference.csv(log, "revlog-20k");
        Optional<FsrsRsReference.Fit> rs = FsrsRsReference.fit(warm.length, file, null);
        Files.delete(file);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "in-process, %d reviews (items built and fitted): ours first run %.0f ms, then median %.0f ms "
                        + "(min %.0f, max %.0f) over %d runs%n",
                log.size(),
                times[0],
                median(warm),
                Arrays.stream(warm).min().orElseThrow(),
                Arrays.stream(warm).max().orElseThrow(),
                warm.length);
        rs.ifPresent(r -> System.out.printf(
                Locale.ROOT,
                "  fsrs-rs on the same file (items built and fitted, in Node): median %.0f ms over %d runs; "
                        + "ours / fsrs-rs = %.1f%n",
                r.medianMs(),
                r.ms().length,
                median(warm) / r.medianMs()));
    }

    private static void script() throws IOException, InterruptedException {
        List<LoggedReview> log = log(56_000);
        Path file = FsrsRsReference.csv(log, "revlog-56k");
        run(file);
        double[] times = new double[5];
        String last = "";
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            last = run(file);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Optional<Double> rs = FsrsRsReference.wallMs(file, times.length);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "scripts/optimize-fsrs on %d reviews (JVM start included, classes built): "
                        + "median %.0f ms (min %.0f, max %.0f) over %d runs%n",
                log.size(),
                median(times),
                Arrays.stream(times).min().orElseThrow(),
                Arrays.stream(times).max().orElseThrow(),
                times.length);
        rs.ifPresent(ms -> System.out.printf(
                Locale.ROOT,
                "  fsrs-rs through Node on the same file (node start, reading it, one fit): median %.0f ms; "
                        + "ours / fsrs-rs = %.1f%n",
                ms,
                median(times) / ms));
        System.out.println("its output ends: " + last);
        Files.delete(file);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String run(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "scripts/optimize-fsrs", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("optimize-fsrs failed: " + out);
        }
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
