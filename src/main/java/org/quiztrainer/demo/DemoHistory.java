package org.quiztrainer.demo;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.workload.SimulatedHistory;
import org.quiztrainer.study.HistoryAnswer;
import org.quiztrainer.study.HistoryCard;
import org.quiztrainer.study.ReviewSource;

/**
 * A simulated history as the study feature stores it: quiz answers with their grade's score, study answers
 * with score 1 when recalled and 0 when not (none for a self-graded flashcard).
 */
final class DemoHistory {

    private DemoHistory() {}

    static List<HistoryCard> cards(
            SimulatedHistory h, Map<String, Question> questions, ToDoubleFunction<String> quizScore) {
        return h.cards().stream()
                .map(c -> new HistoryCard(
                        c.questionId(),
                        c.card(),
                        c.leech(),
                        c.answers().stream()
                                .map(a -> new HistoryAnswer(
                                        a.before(),
                                        a.log(),
                                        a.quiz() ? ReviewSource.QUIZ : ReviewSource.STUDY,
                                        a.time(),
                                        score(questions.get(c.questionId()), a, quizScore)))
                                .toList()))
                .toList();
    }

    private static Double score(Question q, SimulatedHistory.Answer a, ToDoubleFunction<String> quizScore) {
        if (a.quiz()) {
            return quizScore.applyAsDouble(q.id());
        }
        if (q.content() instanceof QuestionContent.Flashcard) {
            return null;
        }
        return a.log().rating() == Rating.AGAIN ? 0.0 : 1.0;
    }
}
