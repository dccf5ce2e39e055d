package org.quiztrainer.study;

import java.time.Clock;
import java.util.Set;
import org.quiztrainer.bank.LearnerAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The bank's answer-key rule, answered from the learner's answers and their quizzes' holds. */
@Component
class StudyLearnerAccess implements LearnerAccess {

    private final ReviewLogRepository logs;
    private final Quizzes quizzes;
    private final Clock clock;

    StudyLearnerAccess(ReviewLogRepository logs, Quizzes quizzes, Clock clock) {
        this.logs = logs;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> withheld(long learnerId) {
        return quizzes.hold(learnerId, clock.instant()).questions();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAnswered(long learnerId, String questionId) {
        return !quizzes.hold(learnerId, clock.instant()).holds(questionId)
                && logs.existsByLearnerIdAndQuestionId(learnerId, questionId);
    }
}
