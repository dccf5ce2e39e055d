package org.quiztrainer.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stores questions and units as JSON and fingerprints questions. The origin (file and line) is not stored, so moving
 * a question within its file does not make a new version. The {@code html} flag is written only when true, so a
 * plain question (every question of the bank files) has the JSON, and the hash, it had before the flag existed.
 */
final class QuestionCodec {

    /**
     * Map entries sorted by key: a unit's scales are an immutable map whose order changes from one JVM to the
     * next, and the stored form must not (it is compared, and fingerprinted, across nodes and restarts).
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** The stored form: a question without its origin. */
    private record Stored(
            String id,
            String topicId,
            List<String> tags,
            String source,
            LocalizedText text,
            LocalizedText explanation,
            QuestionContent content,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean html) {}

    private QuestionCodec() {}

    static String encode(Question q) {
        try {
            return JSON.writeValueAsString(new Stored(
                    q.id(), q.topicId(), q.tags(), q.source(), q.text(), q.explanation(), q.content(), q.html()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode question " + q.id(), e);
        }
    }

    static Question decode(String json, Location origin) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            return new Question(
                    s.id(),
                    s.topicId(),
                    s.tags(),
                    s.source(),
                    s.text(),
                    s.explanation(),
                    s.content(),
                    origin,
                    s.html());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode a stored question", e);
        }
    }

    static String encode(Unit unit) {
        try {
            return JSON.writeValueAsString(unit);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode unit " + unit.id(), e);
        }
    }

    static Unit decodeUnit(String json) {
        try {
            return JSON.readValue(json, Unit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode a stored unit", e);
        }
    }

    /** The SHA-256 of the stored form, in hex: equal hashes mean an unchanged question. */
    static String hash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
