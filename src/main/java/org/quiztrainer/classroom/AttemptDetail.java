package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.List;
import org.quiztrainer.bank.Question;
import org.quiztrainer.grading.Response;

/** An attempt as its instructor reads it, question by question, with marks they can override. */
public record AttemptDetail(
        long attemptId,
        long assignmentId,
        String title,
        long learnerId,
        String learnerName,
        int number,
        Instant startedAt,
        Instant submittedAt,
        Double score,
        List<Mark> marks) {

    /**
     * One question's mark.
     *
     * @param response        the learner's answer, or null if unanswered
     * @param autoScore       the automatic score 0..1 (0 if unanswered)
     * @param overrideScore   the instructor's mark, or null
     * @param comment         the instructor's comment, or null
     */
    public record Mark(
            String questionId,
            Question question,
            Response response,
            double autoScore,
            Double overrideScore,
            String comment,
            long answerMs) {

        /** The mark that counts. */
        public double mark() {
            return overrideScore != null ? overrideScore : autoScore;
        }
    }
}
