package org.quiztrainer.classroom;

/** An answer or action arrived after the attempt was submitted or its deadline passed; nothing was saved. */
public class AttemptClosedException extends RuntimeException {

    public AttemptClosedException(String message) {
        super(message);
    }
}
