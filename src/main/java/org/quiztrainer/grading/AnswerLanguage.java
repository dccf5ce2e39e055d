package org.quiztrainer.grading;

/** The language an accepted answer was authored in. */
public enum AnswerLanguage {
    /** Chinese. */
    ZH,
    /** English. */
    EN
}
