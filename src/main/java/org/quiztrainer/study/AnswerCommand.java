package org.quiztrainer.study;

import java.time.Duration;
import java.util.Optional;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Rating;

/**
 * An answer as the learner gave and rated it.
 *
 * @param cardVersion the card's version when it was shown ({@link StudyItem#cardVersion()})
 * @param requestId   the showing's id ({@link StudyItem#requestId()}); an answer is recorded once per showing
 * @param response    what the learner answered; empty for a self-graded flashcard
 * @param answerTime  from showing the question to answering it
 */
public record AnswerCommand(
        String questionId,
        Long cardVersion,
        String requestId,
        Rating rating,
        Optional<Response> response,
        Duration answerTime,
        ReviewSource source) {

    public AnswerCommand {
        response = response == null ? Optional.empty() : response;
    }
}
