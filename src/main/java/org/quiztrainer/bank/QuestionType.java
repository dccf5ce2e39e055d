package org.quiztrainer.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of question the bank knows, with the code used in the bank files. */
public enum QuestionType {
    FLASHCARD,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERIC,
    ORDERING,
    MATCHING,
    CLOZE;

    /** The code written in the bank files, e.g. {@code single_choice}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a code from a bank file, if there is one. */
    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
