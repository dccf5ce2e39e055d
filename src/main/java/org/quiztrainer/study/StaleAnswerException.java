package org.quiztrainer.study;

/**
 * The answer was refused: the card changed since it was shown (answered in another tab, undone) or this
 * showing was already answered. Nothing was written.
 */
public class StaleAnswerException extends RuntimeException {

    public StaleAnswerException(String message) {
        super(message);
    }
}
