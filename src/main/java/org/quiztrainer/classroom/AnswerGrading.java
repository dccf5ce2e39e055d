package org.quiztrainer.classroom;

import java.time.Duration;
import java.util.Map;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.Question;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.GradeContext;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.Problem;
import org.quiztrainer.grading.Response;

/** Grades an attempt's answer with the pure grader; an answer that cannot be stored or read is refused. */
final class AnswerGrading {

    private AnswerGrading() {}

    static Grade grade(BankService bank, Question q, Response response, Duration time) {
        if (response == null || !ResponseCodec.storable(response)) {
            throw new InvalidInputException(Map.of("response", "class.error.response"));
        }
        try {
            Grade g = Grader.grade(
                    org.quiztrainer.study.AnswerKeys.of(q, bank::unit).orElseThrow(),
                    response,
                    GradeContext.withoutHistory(time));
            if (g.invalid().filter(i -> i.problem() == Problem.MALFORMED).isPresent()) {
                throw new InvalidInputException(Map.of("response", "class.error.response"));
            }
            return g;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("response", "class.error.response"));
        }
    }
}
