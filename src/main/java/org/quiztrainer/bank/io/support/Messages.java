package org.quiztrainer.bank.io.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.quiztrainer.bank.io.ExportNote;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportNote;
import org.quiztrainer.bank.io.ImportProblem;
import org.quiztrainer.bank.io.ImportSkip;
import org.quiztrainer.bank.io.Where;

/**
 * Problems, skips and notes with their English text taken from the app's English bundle
 * ({@code vaadin-i18n/translations.properties}), so that the text on the command line and the text in the
 * preview are one and the same message.
 */
public final class Messages {

    /** The key of the back of an essay imported without a model answer. */
    public static final String ESSAY_WITHOUT_ANSWER = "import.text.essay-without-answer";

    private static final Properties ENGLISH = load("/vaadin-i18n/translations.properties");
    private static final Properties CHINESE = load("/vaadin-i18n/translations_zh_CN.properties");

    private Messages() {}

    /** A problem: {@code key} under {@code import.problem.}. */
    public static ImportProblem problem(Where where, String key, Object... args) {
        return new ImportProblem(where, key, strings(args), english(key, args));
    }

    /** A refusal of the whole file. */
    public static ImportLimitException refusal(Where where, String key, Object... args) {
        return new ImportLimitException(problem(where, key, args));
    }

    /** A skip: {@code key} under {@code import.skip.}. */
    public static ImportSkip skip(Where where, String key, Object... args) {
        return new ImportSkip(where, key, strings(args), english(key, args));
    }

    /** A note: {@code key} under {@code import.note.}. */
    public static ImportNote note(Where where, String key, Object... args) {
        return new ImportNote(where, key, strings(args), english(key, args));
    }

    /** An export note: {@code key} under {@code export.skip.} or {@code export.note.}. */
    public static ExportNote export(String identity, String key, Object... args) {
        return new ExportNote(identity, key.startsWith("export.skip."), key, strings(args), english(key, args));
    }

    /** The English text of a key with its arguments. */
    public static String english(String key, Object... args) {
        String pattern = ENGLISH.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no English text for " + key);
        }
        return args.length == 0
                ? pattern
                : new MessageFormat(pattern, Locale.ENGLISH)
                        .format(strings(args).toArray());
    }

    /**
     * A text written into an imported question (not a message about it), in the language of the side the
     * question is on.
     */
    public static String inLanguage(TextSide side, String key) {
        String text = (side == TextSide.ZH ? CHINESE : ENGLISH).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text for " + key);
        }
        return text;
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    private static Properties load(String bundle) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException("the bundle " + bundle + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
