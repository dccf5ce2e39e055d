package org.quiztrainer.classroom;

import org.quiztrainer.bank.Question;
import org.quiztrainer.grading.Response;

/**
 * One question of a reviewed attempt.
 *
 * @param response        the learner's answer, if the options show it (null if unanswered or hidden)
 * @param mark            its mark 0..1, if the options show answers; else null
 * @param comment         the instructor's comment on the mark, or null
 * @param showCorrect     whether the correct answer may be shown
 * @param showExplanation whether the explanation may be shown
 */
public record ReviewItem(
        String questionId,
        Question question,
        Response response,
        Double mark,
        String comment,
        boolean showCorrect,
        boolean showExplanation) {}
