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
import java.util.stream.Collectors;
import org.quiztrainer.srs.Parameters;

/**
 * The optimiser's quality and speed: {@code bash scripts/benchmark org.quiztrainer.srs.optimizer.OptimizerBenchmark}.
 * Prints (1) per public learner the log loss and RMSE(bins) on its test log of the weights fitted on its
 * train log, beside fsrs-rs's, the defaults and the true weights; (2) the in-process fit time on 20,000
 * reviews; (3) the wall time of {@code scripts/optimize-fsrs} on 56,000 reviews, JVM start included.
 */
public final class OptimizerBenchmark {

    private OptimizerBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("load average before: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
        quality();
        inProcess();
        script();
        System.out.println("load average after: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void quality() {
        System.out.println();
        System.out.println(
                "| learner | test items | defaults | fsrs-rs | ours | true weights | fsrs-rs fit | our fit |");
        System.out.println("|---|---:|---|---|---|---|---:|---:|");
        for (String learner : PublicLogs.LEARNERS) {
            TrainingItems train = PublicLogs.items(learner, "train");
            TrainingItems test = PublicLogs.items(learner, "test");
            FsrsOptimizer.optimize(train, TrainingConfig.defaults(), Progress.NONE);
            long start = System.nanoTime();
            Optimization fit = FsrsOptimizer.optimize(train, TrainingConfig.defaults(), Progress.NONE);
            double ms = (System.nanoTime() - start) / 1e6;
            JsonNode s = PublicLogs.summary(learner);
            Evaluation ours = Evaluator.evaluate(test, fit.weights());
            Evaluation defaults = Evaluator.evaluate(test, Parameters.DEFAULT_WEIGHTS);
            Evaluation fsrsRs = Evaluator.evaluate(test, PublicLogs.weights(s.get("fsrs_rs_weights")));
            Evaluation truth = Evaluator.evaluate(test, PublicLogs.weights(s.get("true_weights")));
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %d ms | %.0f ms |%n",
                    learner,
                    ours.items(),
                    f(defaults),
                    f(fsrsRs),
                    f(ours),
                    f(truth),
                    s.get("fsrs_rs_ms").asInt(),
                    ms);
        }
        System.out.println("(each cell: log loss / RMSE(bins) on the test log, scored by our evaluator; fsrs-rs's own "
                + "evaluate gives the same to 1e-5, see EvaluatorTest)");
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

    private static void inProcess() {
        List<LoggedReview> log = log(20_000);
        double[] times = new double[7];
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            FsrsOptimizer.optimize(TrainingItems.of(log, ZoneOffset.UTC, 4), TrainingConfig.defaults(), Progress.NONE);
            times[run] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "in-process, %d reviews (items built and fitted): first run %.0f ms, "
                        + "then median %.0f ms (min %.0f, max %.0f) over %d runs%n",
                log.size(),
                times[0],
                warm[warm.length / 2],
                warm[0],
                warm[warm.length - 1],
                warm.length);
    }

    private static void script() throws IOException, InterruptedException {
        List<LoggedReview> log = log(56_000);
        Path file = Files.createTempFile("revlog-56k", ".csv");
        Files.writeString(
                file,
                String.join(",", RevlogCsv.COLUMNS) + "\n"
                        + log.stream()
                                .map(r -> r.cardId() + "," + r.reviewedAt().toEpochMilli() + ","
                                        + r.rating().grade() + "," + r.state().ordinal() + "," + r.durationMillis())
                                .collect(Collectors.joining("\n"))
                        + "\n");
        run(file);
        double[] times = new double[5];
        String last = "";
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            last = run(file);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "scripts/optimize-fsrs on %d reviews (JVM start included, classes built): "
                        + "median %.0f ms (min %.0f, max %.0f) over %d runs%n",
                log.size(),
                times[times.length / 2],
                times[0],
                times[times.length - 1],
                times.length);
        System.out.println("its output ends: " + last);
        Files.delete(file);
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
