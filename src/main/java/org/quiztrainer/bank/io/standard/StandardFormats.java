package org.quiztrainer.bank.io.standard;

import java.util.List;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.FormatRegistry;
import org.quiztrainer.bank.io.csv.CsvFormat;
import org.quiztrainer.bank.io.gift.GiftFormat;
import org.quiztrainer.bank.io.moodle.MoodleXmlFormat;
import org.quiztrainer.bank.io.quizlet.QuizletFormat;

/** Every format the app ships, registered in detection-tie order (the most specific first). */
public final class StandardFormats {

    private StandardFormats() {}

    /** The formats, one instance each. */
    public static List<BankFormat> all() {
        return List.of(new MoodleXmlFormat(), new CsvFormat(), new GiftFormat(), new QuizletFormat());
    }

    /** A registry of {@link #all()}. */
    public static FormatRegistry registry() {
        return new FormatRegistry(all());
    }
}
