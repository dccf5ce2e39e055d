package org.quiztrainer.srs;

/** The learner's answer to a review, with the FSRS grade G used in the formulas. */
public enum Rating {
    /** Forgotten (G = 1). */
    AGAIN(1),
    /** Recalled with serious difficulty (G = 2). */
    HARD(2),
    /** Recalled after a hesitation (G = 3). */
    GOOD(3),
    /** Recalled perfectly (G = 4). */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The grade G in 1..4. */
    public int grade() {
        return grade;
    }

    /**
     * The rating of a grade.
     *
     * @throws IllegalArgumentException if {@code grade} is not in 1..4
     */
    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("grade must be 1 (Again) .. 4 (Easy), was " + grade);
    }
}
