package org.quiztrainer.grading;

import java.util.ArrayList;
import java.util.List;

/** Choice and true/false questions. */
final class ChoiceGrading {

    private ChoiceGrading() {}

    /**
     * Single choice: 1 when the one correct choice is chosen, else 0. Multiple choice, with {@code c}
     * correct choices chosen, {@code w} wrong choices chosen and {@code C} correct choices in all:
     * <pre>
     * score = max(0, (c - w) / C)
     * </pre>
     * (each wrong tick cancels a right one, floored at 0, as Moodle's negative marking).
     */
    static Marked grade(AnswerKey.ChoiceKey key, Response.Choices response) {
        if (response.chosen().size() > key.choiceCount()
                || response.chosen().stream().anyMatch(index -> index >= key.choiceCount())) {
            return Marked.invalid(
                    Problem.MALFORMED,
                    "choices " + response.chosen() + " are not all in 0.." + (key.choiceCount() - 1));
        }
        if (!key.multiple() && response.chosen().size() > 1) {
            return Marked.invalid(
                    Problem.MALFORMED, "a single-choice question takes one choice, got " + response.chosen());
        }
        List<Integer> chosenCorrect = new ArrayList<>();
        List<Integer> chosenWrong = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        for (int index = 0; index < key.choiceCount(); index++) {
            boolean chosen = response.chosen().contains(index);
            boolean correct = key.correct().contains(index);
            if (chosen && correct) {
                chosenCorrect.add(index);
            } else if (chosen) {
                chosenWrong.add(index);
            } else if (correct) {
                missed.add(index);
            }
        }
        double score = Math.max(
                0.0,
                (chosenCorrect.size() - chosenWrong.size())
                        / (double) key.correct().size());
        return Marked.of(score, new Feedback.Choices(chosenCorrect, chosenWrong, missed));
    }

    /** True/false: 1 when the answer is the key's, else 0. */
    static Marked grade(AnswerKey.TrueFalseKey key, Response.TrueFalse response) {
        return Marked.of(
                key.answer() == response.answer() ? 1 : 0, new Feedback.TrueFalse(key.answer(), response.answer()));
    }
}
