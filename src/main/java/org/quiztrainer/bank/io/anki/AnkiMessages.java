package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportProblem;
import org.quiztrainer.bank.io.ImportSkip;
import org.quiztrainer.bank.io.Where;

/**
 * Problems and skips of the Anki formats: each an i18n key with its arguments, and the English message taken
 * from the English bundle ({@code vaadin-i18n/translations.properties}), so the text lives in one place.
 */
final class AnkiMessages {

    private static final Properties ENGLISH = load();

    private AnkiMessages() {}

    /** A problem under {@code import.problem.anki.}. */
    static ImportProblem problem(Where where, String key, Object... args) {
        return new ImportProblem(where, key, strings(args), english(key, args));
    }

    /** A skip under {@code import.skip.anki.}. */
    static ImportSkip skip(Where where, String key, Object... args) {
        return new ImportSkip(where, key, strings(args), english(key, args));
    }

    /** A refusal: the file passes a limit or cannot be read at all. */
    static ImportLimitException refusal(Where where, String key, Object... args) {
        return new ImportLimitException(problem(where, key, args));
    }

    /** The English message of a key with its arguments. */
    static String english(String key, Object... args) {
        String pattern = ENGLISH.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no English message for " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(strings(args).toArray());
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AnkiMessages.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            if (in == null) {
                throw new IllegalStateException("the English bundle is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
