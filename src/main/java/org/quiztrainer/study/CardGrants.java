package org.quiztrainer.study;

import org.quiztrainer.bank.QuestionGrants;
import org.quiztrainer.bank.QuestionUsage;
import org.springframework.stereotype.Component;

/**
 * What banks need to know of learners' memory: a learner may read the questions they hold a card of (the history
 * of what they studied stays theirs, even when its bank is no longer shared with them), and a question's editor
 * sees how many learners hold it.
 */
@Component
class CardGrants implements QuestionGrants, QuestionUsage {

    private final CardRepository cards;

    CardGrants(CardRepository cards) {
        this.cards = cards;
    }

    @Override
    public boolean grantsQuestion(long userId, String questionId) {
        return cards.existsByLearnerIdAndQuestionId(userId, questionId);
    }

    @Override
    public long learners(String questionId) {
        return cards.countByQuestionId(questionId);
    }
}
