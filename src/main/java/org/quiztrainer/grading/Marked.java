package org.quiztrainer.grading;

/** A score with its feedback, before a rating is suggested. */
record Marked(double score, Feedback feedback, boolean typoForgiven) {

    static Marked of(double score, Feedback feedback) {
        return new Marked(score, feedback, false);
    }

    static Marked invalid(Problem problem, String detail) {
        return new Marked(0, new Feedback.Invalid(problem, detail), false);
    }
}
