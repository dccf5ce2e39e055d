package org.quiztrainer.srs.optimizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * fsrs-rs's optimiser run beside ours by {@code scripts/fsrs-rs-fit} (its Node binding, installed on first use
 * into target/fsrs-rs), on the very files ours reads. Empty where Node is missing, so the benchmark still
 * prints our figures and fsrs-rs's recorded ones.
 */
final class FsrsRsReference {

    /** One fsrs-rs fit: its weights, the time of each timed fit, and its own evaluate on the test file. */
    record Fit(List<Double> weights, double[] ms, Double testLogLoss, Double testRmseBins) {

        double medianMs() {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    private FsrsRsReference() {}

    /** Whether {@code node} runs here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Fits on {@code train} {@code runs} times after a warm-up; scores on {@code test} if given. */
    static Optional<Fit> fit(int runs, Path train, Path test) throws IOException, InterruptedException {
        if (!available()) {
            return Optional.empty();
        }
        List<String> cmd =
                new ArrayList<>(List.of("bash", "scripts/fsrs-rs-fit", String.valueOf(runs), train.toString()));
        if (test != null) {
            cmd.add(test.toString());
        }
        String out = run(cmd);
        JsonNode json =
                new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
        double[] ms = new double[json.get("ms").size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = json.get("ms").get(i).asDouble();
        }
        JsonNode t = json.get("test");
        return Optional.of(new Fit(
                PublicLogs.weights(json.get("weights")),
                ms,
                t == null ? null : t.get("logLoss").asDouble(),
                t == null ? null : t.get("rmseBins").asDouble()));
    }

    /** The wall time in ms of one whole Node run (start, reading the file, one fit), the median of {@code runs}. */
    static Optional<Double> wallMs(Path file, int runs) throws IOException, InterruptedException {
        if (!available()) {
            return Optional.empty();
        }
        run(List.of("bash", "scripts/fsrs-rs-fit", "--time", file.toString()));
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(List.of("bash", "scripts/fsrs-rs-fit", "--time", file.toString()));
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return Optional.of(times[runs / 2]);
    }

    /** Writes reviews as the review-log CSV both optimisers read. */
    static Path csv(List<LoggedReview> log, String name) throws IOException {
        Path file = Files.createTempFile(name, ".csv");
        Files.writeString(
                file,
                String.join(",", RevlogCsv.COLUMNS) + "\n"
                        + log.stream()
                                .map(r -> r.cardId() + "," + r.reviewedAt().toEpochMilli() + ","
                                        + r.rating().grade() + "," + r.state().ordinal() + "," + r.durationMillis())
                                .collect(Collectors.joining("\n"))
                        + "\n");
        return file;
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }
}
