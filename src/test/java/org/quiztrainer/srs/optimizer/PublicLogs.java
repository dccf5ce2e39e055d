package org.quiztrainer.srs.optimizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The three public learners of {@code ../shared/fsrs/optimizer/} (copied, gzipped, to the test
 * resources): their train and test logs and fsrs-rs's figures from {@code summary.json}.
 */
final class PublicLogs {

    static final List<String> LEARNERS = List.of("pub-a", "pub-b", "pub-c");

    private PublicLogs() {}

    /** The reviews of {@code learner}'s {@code part} ("train" or "test"). */
    static List<LoggedReview> reviews(String learner, String part) {
        String name = "/fsrs/optimizer/" + learner + "." + part + ".csv.gz";
        try (InputStream in = PublicLogs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return RevlogCsv.read(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RevlogFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The items of a public log, days starting at 04:00 UTC as the README says. */
    static TrainingItems items(String learner, String part) {
        return TrainingItems.of(reviews(learner, part), ZoneOffset.UTC, 4);
    }

    /** The learner's entry of summary.json. */
    static JsonNode summary(String learner) {
        try (InputStream in = PublicLogs.class.getResourceAsStream("/fsrs/optimizer/summary.json")) {
            for (JsonNode node : new ObjectMapper().readTree(in).get("learners")) {
                if (node.get("id").asText().equals(learner)) {
                    return node;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no learner " + learner);
    }

    /** An array of numbers of summary.json as weights. */
    static List<Double> weights(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }
}
