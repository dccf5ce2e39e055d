package org.quiztrainer.bank.io.standard;

import java.time.Clock;
import java.util.List;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.FormatRegistry;
import org.quiztrainer.bank.io.anki.AnkiTextFormat;
import org.quiztrainer.bank.io.anki.ApkgFormat;
import org.quiztrainer.bank.io.csv.CsvFormat;
import org.quiztrainer.bank.io.gift.GiftFormat;
import org.quiztrainer.bank.io.moodle.MoodleXmlFormat;
import org.quiztrainer.bank.io.quizlet.QuizletFormat;

/** Every format the app ships, registered in detection-tie order (the most specific first). */
public final class StandardFormats {

    private StandardFormats() {}

    /** The formats, one instance each; Anki packages are stamped with the system clock. */
    public static List<BankFormat> all() {
        return all(Clock.systemUTC());
    }

    /** The formats, one instance each; Anki packages take their ids and times from {@code clock}. */
    public static List<BankFormat> all(Clock clock) {
        return List.of(
                new ApkgFormat(clock),
                new MoodleXmlFormat(),
                new CsvFormat(),
                new AnkiTextFormat(),
                new GiftFormat(),
                new QuizletFormat());
    }

    /** A registry of {@link #all()}. */
    public static FormatRegistry registry() {
        return new FormatRegistry(all());
    }

    /** A registry of {@link #all(Clock)}. */
    public static FormatRegistry registry(Clock clock) {
        return new FormatRegistry(all(clock));
    }
}
