package org.quiztrainer.srs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the ts-fsrs golden vectors in {@code src/test/resources/fsrs/}. */
final class ReferenceVectors {

    static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceVectors() {}

    /** The histories of {@code public.jsonl}, or of the file named by {@code -Dfsrs.vectors}. */
    static List<JsonNode> histories() {
        String override = System.getProperty("fsrs.vectors");
        try (BufferedReader reader = override == null || override.isBlank()
                ? new BufferedReader(new InputStreamReader(resource("public.jsonl"), StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(override), StandardCharsets.UTF_8)) {
            List<JsonNode> histories = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    histories.add(JSON.readTree(line));
                }
            }
            return histories;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters of a configuration of {@code meta.json} ("short_term" or "long_term"). */
    static Parameters parameters(String config) {
        JsonNode c = json("meta.json").path("configs").path(config);
        List<Double> weights = new ArrayList<>();
        c.path("w").forEach(w -> weights.add(w.asDouble()));
        return new Parameters(
                weights,
                c.path("request_retention").asDouble(),
                c.path("maximum_interval").asInt(),
                steps(c.path("learning_steps")),
                steps(c.path("relearning_steps")),
                c.path("enable_short_term").asBoolean(),
                c.path("enable_fuzz").asBoolean(),
                0,
                ZoneOffset.UTC);
    }

    private static List<Duration> steps(JsonNode steps) {
        List<Duration> result = new ArrayList<>();
        for (JsonNode step : steps) {
            String text = step.asText();
            long value = Long.parseLong(text.substring(0, text.length() - 1));
            switch (text.charAt(text.length() - 1)) {
                case 'm' -> result.add(Duration.ofMinutes(value));
                case 'h' -> result.add(Duration.ofHours(value));
                case 'd' -> result.add(Duration.ofDays(value));
                default -> throw new IllegalArgumentException("unknown step unit in " + text);
            }
        }
        return result;
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceVectors.class.getResourceAsStream("/fsrs/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource fsrs/" + name);
        }
        return in;
    }
}
