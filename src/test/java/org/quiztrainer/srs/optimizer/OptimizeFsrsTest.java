package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeFsrsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return OptimizeFsrs.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(List<LoggedReview> reviews) throws IOException {
        Path file = dir.resolve("revlog.csv");
        String body = reviews.stream()
                .map(r -> r.cardId() + "," + r.reviewedAt().toEpochMilli() + ","
                        + r.rating().grade() + "," + r.state().ordinal() + "," + r.durationMillis())
                .collect(Collectors.joining("\n"));
        Files.writeString(file, String.join(",", RevlogCsv.COLUMNS) + "\n" + body + "\n");
        return file;
    }

    @Test
    void printsCountsFiguresAndTheParametersLast() throws IOException {
        Path file = write(PublicLogs.reviews("pub-c", "train"));
        assertThat(run(file.toString(), "--timezone", "UTC", "--next-day-starts-at", "4"))
                .isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).anyMatch(l -> l.equals("cards: 688"));
        assertThat(lines).anyMatch(l -> l.equals("reviews: 4432"));
        assertThat(lines).anyMatch(l -> l.startsWith("items (reviews after a day or more): 2445"));
        assertThat(lines)
                .anyMatch(l -> l.matches("default weights: log loss 0\\.4451\\d+, RMSE\\(bins\\) 0\\.067\\d+"));
        assertThat(lines).anyMatch(l -> l.startsWith("fitted weights:  log loss 0.43"));
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("parameters: ");
        List<Double> weights = Arrays.stream(
                        last.substring("parameters: ".length()).split(","))
                .map(Double::parseDouble)
                .toList();
        assertThat(weights).hasSize(21);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void noShortTermFreezesTheSameDayWeights() throws IOException {
        Path file = write(PublicLogs.reviews("pub-c", "train"));
        assertThat(run("--no-short-term", file.toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        String[] w =
                lines.get(lines.size() - 1).substring("parameters: ".length()).split(",");
        assertThat(List.of(w[17], w[18], w[19])).containsOnly("0.0");
    }

    @Test
    void aBadFileGivesOneMessageWithLineAndColumnAndStatusTwo() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, String.join(",", RevlogCsv.COLUMNS) + "\n1,1704095400000,9,0,5\n");
        assertThat(run(file.toString())).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains("line 2: column 3 (review_rating)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badArgumentsGiveStatusTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("x.csv", "--timezone", "Mars/Olympus")).isEqualTo(2);
        assertThat(run("x.csv", "--next-day-starts-at", "25")).isEqualTo(2);
        assertThat(run(dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--next-day-starts-at must be an hour 0..23");
    }
}
