package org.quiztrainer.grading;

import java.util.Optional;
import org.quiztrainer.srs.Rating;

/**
 * The result of grading one answer.
 *
 * @param score the credit in 0..1 (partial credit for multiple choice, ordering and matching)
 * @param feedback what the UI can show about each part of the answer
 * @param suggestedRating the rating {@link GradeContext} suggests; Again whenever {@code score < 1}.
 *        The learner may change it before moving on.
 */
public record Grade(double score, Feedback feedback, Rating suggestedRating) {

    public Grade {
        Checks.require(score >= 0 && score <= 1, "score must be in 0..1, was " + score);
        Checks.notNull(feedback, "feedback");
        Checks.notNull(suggestedRating, "suggested rating");
        Checks.require(
                score == 1 || suggestedRating == Rating.AGAIN,
                "an answer with score " + score + " below 1 suggests Again, not " + suggestedRating);
    }

    /** Whether the answer is fully right: {@code score == 1}. */
    public boolean correct() {
        return score == 1;
    }

    /** Why the answer could not be read, if it could not. */
    public Optional<Feedback.Invalid> invalid() {
        return feedback instanceof Feedback.Invalid invalid ? Optional.of(invalid) : Optional.empty();
    }
}
