package org.quiztrainer.progress;

import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.State;

/**
 * One question as the learner remembers it.
 *
 * @param state      the card's state, {@link State#NEW} when never answered
 * @param recallNow  predicted recall now (0 when never answered)
 * @param recallWeek predicted recall in 7 days
 */
public record QuestionRecall(
        String questionId,
        String topicId,
        LocalizedText text,
        QuestionType type,
        State state,
        double recallNow,
        double recallWeek,
        int reps,
        int lapses,
        boolean leech) {}
