package org.quiztrainer.study;

/**
 * Whether an instructor teaches a learner (the learner is in one of the instructor's classes). The
 * classroom feature implements it, so study can let instructors read their learners' memory without
 * depending on classes.
 */
public interface TeachingRelation {

    /** Whether {@code learnerId} is in a class that {@code instructorId} runs. */
    boolean teaches(long instructorId, long learnerId);
}
