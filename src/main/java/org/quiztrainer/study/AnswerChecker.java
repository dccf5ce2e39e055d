package org.quiztrainer.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.Question;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.GradeContext;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.Response;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Grades a learner's response to a bank question with the pure grader, giving it the learner's median
 * answer time for the question type (over their last {@link #RECENT} answers) so the suggested rating can
 * say Hard for a slow answer and Easy for a fast one.
 */
@Component
class AnswerChecker {

    static final int RECENT = 50;
    private static final int MIN_HISTORY = 5;

    private final BankService bank;
    private final ReviewLogRepository logs;

    AnswerChecker(BankService bank, ReviewLogRepository logs) {
        this.bank = bank;
        this.logs = logs;
    }

    /** The grade, or empty for a self-graded flashcard. */
    Optional<Grade> grade(long learner, Question question, Response response, Duration answerTime) {
        return AnswerKeys.of(question, bank::unit)
                .map(key -> Grader.grade(
                        key,
                        response,
                        typical(learner, question)
                                .map(m -> GradeContext.timed(answerTime, m))
                                .orElseGet(() -> GradeContext.withoutHistory(answerTime))));
    }

    /** The median of the learner's recent answer times for this type, once there are enough of them. */
    private Optional<Duration> typical(long learner, Question question) {
        List<Long> times = new ArrayList<>(logs.recentAnswerTimes(learner, question.type(), PageRequest.of(0, RECENT)));
        times.removeIf(t -> t <= 0);
        if (times.size() < MIN_HISTORY) {
            return Optional.empty();
        }
        times.sort(null);
        int n = times.size();
        long median = n % 2 == 1 ? times.get(n / 2) : (times.get(n / 2 - 1) + times.get(n / 2)) / 2;
        return Optional.of(Duration.ofMillis(median));
    }

    /** A short text of the response for the review log (at most 1000 characters). */
    static String describe(Response response) {
        String text;
        if (response instanceof Response.Text t) {
            text = t.text();
        } else if (response instanceof Response.NumberText n) {
            text = n.text();
        } else if (response instanceof Response.TrueFalse tf) {
            text = Boolean.toString(tf.answer());
        } else if (response instanceof Response.Choices c) {
            text = c.chosen().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        } else if (response instanceof Response.Order o) {
            text = String.join(",", o.order());
        } else if (response instanceof Response.Pairs p) {
            text = p.pairs().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
        } else {
            text = String.valueOf(response);
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
