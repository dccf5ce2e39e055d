package org.quiztrainer.bank.io;

import java.util.Arrays;
import java.util.Optional;

/** The import and export formats, with the code used on the command line and in the app. */
public enum Format {
    GIFT("gift"),
    MOODLE_XML("moodle-xml"),
    ANKI_TEXT("anki-text"),
    APKG("apkg"),
    QUIZLET("quizlet"),
    CSV("csv");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    /** The code, e.g. {@code moodle-xml}. */
    public String code() {
        return code;
    }

    /** The format for a code, if there is one. */
    public static Optional<Format> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
