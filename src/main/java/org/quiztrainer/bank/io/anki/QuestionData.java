package org.quiztrainer.bank.io.anki;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quiztrainer.bank.QuestionContent;

/**
 * The hidden field ("Quiz Trainer") of the notes this app writes: what Anki's fields cannot hold (the type
 * of a choice, ordering, matching, numeric or true/false question, every accepted answer, the explanation,
 * whether the texts are plain), so that export then import gives back the same questions. It also holds a
 * fingerprint of the visible fields as written; a note whose fields were edited since (in Anki or in the
 * text file) is read from its fields instead, because the edit is what the user wants.
 *
 * <p>Written {@code qt1:} followed by the URL-safe Base64 of a JSON object; Anki shows it as an unused field.
 */
final class QuestionData {

    /** The field's name in the note types this app writes, and its column in a text export. */
    static final String FIELD = "Quiz Trainer";

    private static final String PREFIX = "qt1:";
    private static final Pattern SHAPE = Pattern.compile("qt1:[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private QuestionData() {}

    /**
     * What the field holds.
     *
     * @param lang  {@code zh} or {@code en}: the side the texts were written from
     * @param html  whether the questions' texts are HTML
     * @param hash  the fingerprint of the visible fields as written ({@link #fingerprint})
     * @param cards the question of each card, by card ordinal
     */
    record Payload(String lang, boolean html, String hash, Map<Integer, Card> cards) {
        Payload {
            cards = cards == null ? Map.of() : Map.copyOf(cards);
        }
    }

    /** The question of one card: its text, explanation and content in the payload's language. */
    record Card(String text, String explanation, QuestionContent content) {}

    /** Whether a field value is such a field. */
    static boolean isData(String field) {
        return field != null && SHAPE.matcher(field.strip()).matches();
    }

    /** The field value for a payload. */
    static String encode(Payload payload) {
        try {
            byte[] json = JSON.writeValueAsBytes(payload);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a question for Anki", e);
        }
    }

    /** The payload of a field value, if it is a valid one. */
    static Optional<Payload> decode(String field) {
        if (!isData(field)) {
            return Optional.empty();
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(field.strip().substring(PREFIX.length()));
            Payload p = JSON.readValue(json, Payload.class);
            boolean valid = p.hash() != null
                    && ("zh".equals(p.lang()) || "en".equals(p.lang()))
                    && p.cards().values().stream()
                            .allMatch(c ->
                                    c != null && c.text() != null && !c.text().isBlank() && c.content() != null);
            return valid ? Optional.of(p) : Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The fingerprint of visible fields: SHA-256 of their texts ({@link FieldHtml#text}), 16 hex digits. */
    static String fingerprint(List<String> fields) {
        StringBuilder all = new StringBuilder();
        for (String f : fields) {
            all.append(FieldHtml.text(f)).append('\u001f');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
