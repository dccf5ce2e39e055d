package org.quiztrainer.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.DraftLimits;
import org.quiztrainer.bank.KeyedQuestion;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.Format;

/**
 * How a file's identities and a bank's keys map onto each other, both ways, so that importing a file again (or
 * importing an export) finds the same questions. A question's key is its identity (a GIFT name, an Anki GUID, a
 * CSV id); an identity longer than a key may be is cut and ended with a hash of the whole, so it still finds its
 * question. The cards of a cloze note share the note's key: the formats name a card {@code guid}, {@code guid/1}
 * (Anki, by ordinal) or {@code id.c2} (CSV, by number), and the bank {@code <note>#c<n>}.
 */
final class ImportKeys {

    private static final Pattern ANKI_CARD = Pattern.compile("(.+)/(\\d{1,3})");
    private static final Pattern CSV_CARD = Pattern.compile("(.+)\\.c(\\d{1,3})");
    private static final int HASH_CHARS = 16;

    private ImportKeys() {}

    /** Room a note's key leaves for its cards' {@code #c<n>}. */
    private static final int CARD_SUFFIX = 5;

    /** The key of an identity: itself, without control characters, cut to a key's length with a hash. */
    static String key(String identity) {
        return cut(identity, DraftLimits.KEY_MAX);
    }

    /** The key of a cloze note's identity: as {@link #key}, short enough for its cards' keys. */
    static String noteKey(String identity) {
        return cut(identity, DraftLimits.KEY_MAX - CARD_SUFFIX);
    }

    private static String cut(String identity, int max) {
        String clean = identity.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean.length() <= max) {
            return clean;
        }
        return clean.substring(0, max - HASH_CHARS - 1) + "~" + hash(clean);
    }

    /** The identity of a cloze card's note: its identity without the card's part ({@code /ord}, {@code .c<n>}). */
    static String noteOf(String identity, QuestionContent.Cloze card) {
        Matcher anki = ANKI_CARD.matcher(identity);
        if (anki.matches() && Integer.parseInt(anki.group(2)) == card.number() - 1) {
            return anki.group(1);
        }
        Matcher csv = CSV_CARD.matcher(identity);
        if (csv.matches() && Integer.parseInt(csv.group(2)) == card.number()) {
            return csv.group(1);
        }
        return identity;
    }

    /**
     * The identity an export writes for a question, so that importing the file maps it back to the same key: its key;
     * for a cloze card the format's name of the card of its note ({@code note}, {@code note/1} in Anki; {@code
     * note.c2} in the CSV); formats without cloze notes keep the card's key.
     */
    static String identity(KeyedQuestion q, Format format) {
        Optional<QuestionContent.Cloze> cloze =
                q.question().content() instanceof QuestionContent.Cloze c ? Optional.of(c) : Optional.empty();
        if (cloze.isEmpty() || q.noteKey() == null) {
            return q.key();
        }
        int n = cloze.get().number();
        return switch (format) {
            case APKG, ANKI_TEXT -> n == 1 ? q.noteKey() : q.noteKey() + "/" + (n - 1);
            case CSV -> q.noteKey() + ".c" + n;
            case GIFT, MOODLE_XML, QUIZLET -> q.key();
        };
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
