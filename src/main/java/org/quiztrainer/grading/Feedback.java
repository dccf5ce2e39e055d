package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the UI can show about each part of an answer, one record per kind of question. */
public sealed interface Feedback {

    /**
     * A choice question, by authored choice index.
     *
     * @param chosenCorrect chosen and correct
     * @param chosenWrong chosen but wrong
     * @param missed correct but not chosen
     */
    record Choices(List<Integer> chosenCorrect, List<Integer> chosenWrong, List<Integer> missed) implements Feedback {
        public Choices {
            chosenCorrect = List.copyOf(chosenCorrect);
            chosenWrong = List.copyOf(chosenWrong);
            missed = List.copyOf(missed);
        }
    }

    /** A true/false question: the right answer and the learner's. */
    record TrueFalse(boolean expected, boolean given) implements Feedback {}

    /**
     * A typed answer compared with the closest accepted answer.
     *
     * @param closestAccepted the accepted answer nearest to what was typed, as authored
     * @param language the language of {@code closestAccepted}
     * @param diff what was typed against {@code closestAccepted}, both normalised, character by character
     * @param typoForgiven whether the answer counted as right despite one typo
     */
    record Text(String closestAccepted, AnswerLanguage language, List<DiffSegment> diff, boolean typoForgiven)
            implements Feedback {
        public Text {
            Checks.notNull(closestAccepted, "closest accepted answer");
            Checks.notNull(language, "language");
            diff = List.copyOf(diff);
        }
    }

    /**
     * A number, both sides counted in the key's unit.
     *
     * @param given what the learner's answer is worth in the key's unit
     * @param expected the key's value
     * @param tolerance the key's absolute tolerance
     * @param readAs the unit spelling or scale word read after the number, empty for a bare number
     */
    record Numeric(BigDecimal given, BigDecimal expected, BigDecimal tolerance, String readAs) implements Feedback {}

    /**
     * An ordering.
     *
     * @param wrongPositions the positions (0-based) holding another item than the correct order has there
     * @param toMove the fewest items that, moved, put the rest in order: those outside the longest
     *        subsequence already in the right relative order
     */
    record Ordering(List<Integer> wrongPositions, List<String> toMove) implements Feedback {
        public Ordering {
            wrongPositions = List.copyOf(wrongPositions);
            toMove = List.copyOf(toMove);
        }
    }

    /**
     * A matching, by left id in the key's order.
     *
     * @param correct the lefts matched with their right side
     * @param wrong the lefts matched with another right side, with the right id the learner chose
     * @param unanswered the lefts the learner left unmatched
     */
    record Matching(List<String> correct, Map<String, String> wrong, List<String> unanswered) implements Feedback {
        public Matching {
            correct = List.copyOf(correct);
            wrong = Collections.unmodifiableMap(new LinkedHashMap<>(wrong));
            unanswered = List.copyOf(unanswered);
        }
    }

    /**
     * An answer that could not be read: graded wrong (score 0), never thrown.
     *
     * @param problem why, for the UI to translate
     * @param detail the same in English with the offending part, for logs and tests
     */
    record Invalid(Problem problem, String detail) implements Feedback {
        public Invalid {
            Checks.notNull(problem, "problem");
            Checks.notNull(detail, "detail");
        }
    }

    /**
     * A cloze card: the feedback of each blank, in order ({@link Text}, or {@link Invalid} for a blank left
     * empty or too long).
     *
     * @param scores the score of each blank, 0 or 1
     */
    record Blanks(List<Feedback> blanks, List<Double> scores) implements Feedback {
        public Blanks {
            blanks = List.copyOf(blanks);
            scores = List.copyOf(scores);
        }
    }
}
