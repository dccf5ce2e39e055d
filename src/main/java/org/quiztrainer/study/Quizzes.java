package org.quiztrainer.study;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The learner's quizzes as study needs to know them: what they hold back from the learner now, and the
 * submitted answers still to enter the memory model. The classroom feature implements it, so study keeps
 * quiz answers out of self-study without depending on classes (as {@link TeachingRelation} does).
 */
public interface Quizzes {

    /** What the learner's attempts hold back from them at {@code now}. */
    QuizHold hold(long learnerId, Instant now);

    /** Ids of submitted attempts whose answers are not yet in their learner's memory, oldest first. */
    List<Long> unrecorded(int limit);

    /** The answers of a submitted attempt still to record; empty if it is not submitted or already recorded. */
    Optional<SubmittedQuiz> toRecord(long attemptId);

    /** Marks the attempt's answers as recorded, in the caller's transaction. */
    void markRecorded(long attemptId);
}
