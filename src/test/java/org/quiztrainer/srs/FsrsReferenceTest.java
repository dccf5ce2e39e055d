package org.quiztrainer.srs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Replays the ts-fsrs 5.4.2 golden histories (or the file named by {@code -Dfsrs.vectors}) through
 * {@link Scheduler} in both configurations, and checks the pure-function vectors of {@code pure.json}.
 */
class FsrsReferenceTest {

    private static final double TOLERANCE = 1e-6;
    private static final List<String> CONFIGS = List.of("short_term", "long_term");

    @Test
    void replaysEveryHistoryInBothConfigurationsExactly() {
        List<JsonNode> histories = ReferenceVectors.histories();
        assertFalse(histories.isEmpty(), "no history to replay: the vectors file is empty");
        List<String> allMismatches = new ArrayList<>();
        for (String config : CONFIGS) {
            Scheduler scheduler = new Scheduler(ReferenceVectors.parameters(config));
            int reviews = 0;
            int mismatches = 0;
            for (JsonNode history : histories) {
                JsonNode inputs = history.path("reviews");
                JsonNode expected = history.path("expected").path(config);
                String id = history.path("id").asText();
                if (inputs.isEmpty() || expected.size() != inputs.size()) {
                    fail("history " + id + " has " + inputs.size() + " reviews and " + expected.size() + " expected "
                            + config + " results");
                }
                Card card = Card.createNew(
                        id, Instant.parse(inputs.get(0).path("review_time").asText()));
                for (int i = 0; i < inputs.size(); i++) {
                    Instant now =
                            Instant.parse(inputs.get(i).path("review_time").asText());
                    Rating rating = Rating.ofGrade(inputs.get(i).path("rating").asInt());
                    double apiR = scheduler.retrievability(card, now);
                    ReviewResult result = scheduler.review(card, rating, now);
                    List<String> diffs = compare(expected.get(i), card, result, apiR, now);
                    reviews++;
                    if (!diffs.isEmpty()) {
                        mismatches++;
                        allMismatches.add(config + " " + id + " review " + (i + 1) + " (" + rating + " at " + now
                                + "): " + String.join("; ", diffs));
                    }
                    card = result.card();
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "FSRS reference %s: %d histories, %d reviews, %d mismatches%n",
                    config,
                    histories.size(),
                    reviews,
                    mismatches);
            assertTrue(reviews > 0, "no review replayed in " + config);
        }
        if (!allMismatches.isEmpty()) {
            fail(allMismatches.size() + " mismatching reviews; first ten:\n"
                    + String.join("\n", allMismatches.subList(0, Math.min(10, allMismatches.size()))));
        }
    }

    @Test
    void pureFunctionsMatchTheVectors() {
        JsonNode pure = ReferenceVectors.json("pure.json");
        for (String section : List.of("retrievability", "interval_modifier", "next_interval", "memory_state")) {
            assertFalse(pure.path(section).isEmpty(), "pure.json has no " + section + " vectors");
        }
        List<String> mismatches = new ArrayList<>();
        int vectors = 0;
        for (JsonNode v : pure.path("retrievability")) {
            vectors++;
            double r = MemoryModel.forgettingCurve(
                    v.path("decay").asDouble(),
                    v.path("elapsed_days").asDouble(),
                    v.path("stability").asDouble());
            check(mismatches, "R " + v, v.path("r").asDouble(), r);
        }
        double w20 = Parameters.DEFAULT_WEIGHTS.get(20);
        for (JsonNode v : pure.path("interval_modifier")) {
            vectors++;
            double modifier =
                    MemoryModel.intervalModifier(v.path("request_retention").asDouble(), w20);
            check(mismatches, "modifier " + v, v.path("interval_modifier").asDouble(), modifier);
        }
        for (JsonNode v : pure.path("next_interval")) {
            vectors++;
            MemoryModel model = new MemoryModel(Parameters.defaults()
                    .withDesiredRetention(v.path("request_retention").asDouble()));
            long interval = model.nextInterval(v.path("stability").asDouble());
            if (interval != v.path("next_interval").asLong()) {
                mismatches.add("interval " + v + ": got " + interval);
            }
        }
        MemoryModel shortTerm = new MemoryModel(ReferenceVectors.parameters("short_term"));
        MemoryModel longTerm = new MemoryModel(ReferenceVectors.parameters("long_term"));
        for (JsonNode v : pure.path("memory_state")) {
            vectors++;
            MemoryModel model = "short_term".equals(v.path("config").asText()) ? shortTerm : longTerm;
            MemoryState next = model.nextState(
                    new MemoryState(
                            v.path("difficulty").asDouble(), v.path("stability").asDouble()),
                    v.path("elapsed_days").asLong(),
                    Rating.ofGrade(v.path("rating").asInt()),
                    null);
            check(mismatches, "D " + v, v.path("next_difficulty").asDouble(), next.difficulty());
            check(mismatches, "S " + v, v.path("next_stability").asDouble(), next.stability());
        }
        System.out.printf(Locale.ROOT, "FSRS reference pure: %d vectors, %d mismatches%n", vectors, mismatches.size());
        assertTrue(
                mismatches.isEmpty(),
                () -> mismatches.size() + " mismatches; first ten:\n"
                        + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
    }

    private static List<String> compare(JsonNode e, Card before, ReviewResult result, double apiR, Instant now) {
        List<String> diffs = new ArrayList<>();
        Card after = result.card();
        ReviewLog log = result.log();
        same(diffs, "state_before", e.path("state_before").asText(), name(before.state()));
        same(diffs, "state", e.path("state").asText(), name(after.state()));
        same(diffs, "elapsed_days", e.path("elapsed_days").asLong(), log.elapsedDays());
        if (e.path("retrievability").isNull()) {
            same(diffs, "retrievability", null, log.retrievability());
        } else if (log.retrievability() == null) {
            diffs.add("retrievability: expected " + e.path("retrievability") + ", got null");
        } else {
            close(diffs, "retrievability", e.path("retrievability").asDouble(), log.retrievability());
        }
        close(diffs, "retrievability_api", e.path("retrievability_api").asDouble(), apiR);
        close(diffs, "stability", e.path("stability").asDouble(), after.stability());
        close(diffs, "difficulty", e.path("difficulty").asDouble(), after.difficulty());
        same(diffs, "scheduled_days", e.path("scheduled_days").asLong(), after.scheduledDays());
        same(
                diffs,
                "interval_minutes",
                e.path("interval_minutes").asLong(),
                Duration.between(now, after.due()).toMinutes());
        same(diffs, "due", Instant.parse(e.path("due").asText()), after.due());
        same(diffs, "learning_steps", e.path("learning_steps").asInt(), after.step());
        same(diffs, "reps", e.path("reps").asInt(), after.reps());
        same(diffs, "lapses", e.path("lapses").asInt(), after.lapses());
        return diffs;
    }

    private static String name(State state) {
        String lower = state.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static void same(List<String> diffs, String field, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            diffs.add(field + ": expected " + expected + ", got " + actual);
        }
    }

    private static void close(List<String> diffs, String field, double expected, double actual) {
        if (!withinTolerance(expected, actual)) {
            diffs.add(field + ": expected " + expected + ", got " + actual);
        }
    }

    private static void check(List<String> mismatches, String what, double expected, double actual) {
        if (!withinTolerance(expected, actual)) {
            mismatches.add(what + ": got " + actual);
        }
    }

    private static boolean withinTolerance(double expected, double actual) {
        double diff = Math.abs(expected - actual);
        return diff <= TOLERANCE || diff <= TOLERANCE * Math.abs(expected);
    }
}
