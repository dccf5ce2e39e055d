package org.quiztrainer.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.study.QuizAnswer;
import org.quiztrainer.study.QuizHold;
import org.quiztrainer.study.Quizzes;
import org.quiztrainer.study.SubmittedQuiz;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Study's view of the quizzes. What an attempt holds back from its learner:
 *
 * <ul>
 *   <li>in progress: its questions (not studied, no key, no correctness shown);
 *   <li>submitted: its questions until the review shows marks, correct answers and explanations, or the
 *       assignment closes for the learner (then no attempt is left to help); and the marks of its quiz answers
 *       for as long as the review does not show them (in history and statistics).
 * </ul>
 */
@Component
class ClassQuizzes implements Quizzes {

    private final AttemptRepository attempts;
    private final AssignmentRepository assignments;
    private final AttemptAnswerRepository answers;
    private final AttemptRules rules;

    ClassQuizzes(
            AttemptRepository attempts,
            AssignmentRepository assignments,
            AttemptAnswerRepository answers,
            AttemptRules rules) {
        this.attempts = attempts;
        this.assignments = assignments;
        this.answers = answers;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public QuizHold hold(long learnerId, Instant now) {
        List<AttemptEntity> holding = attempts.findHolding(learnerId, now);
        if (holding.isEmpty()) {
            return QuizHold.NONE;
        }
        Map<Long, AssignmentEntity> byId = new HashMap<>();
        assignments
                .findAllById(
                        holding.stream().map(AttemptEntity::getAssignmentId).toList())
                .forEach(a -> byId.put(a.getId(), a));
        Set<String> questions = new HashSet<>();
        Set<Long> hidden = new HashSet<>();
        for (AttemptEntity t : holding) {
            AssignmentEntity a = byId.get(t.getAssignmentId());
            if (!t.isSubmitted()) {
                questions.addAll(t.questionIds());
                continue;
            }
            ReviewOptions o = a.settings().review();
            Instant closes = rules.closesFor(a, learnerId);
            boolean closed = !now.isBefore(closes);
            boolean reviewOpen = o.when() == ReviewOptions.When.AFTER_SUBMIT || closed;
            if (!closed && !(reviewOpen && o.answers() && o.correct() && o.explanations())) {
                questions.addAll(t.questionIds());
            }
            if (!(reviewOpen && o.answers())) {
                hidden.add(t.getId());
            }
        }
        return new QuizHold(questions, hidden);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> unrecorded(int limit) {
        return attempts.findUnrecorded(PageRequest.of(0, limit));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubmittedQuiz> toRecord(long attemptId) {
        return attempts.findById(attemptId)
                .filter(t -> t.isSubmitted() && !t.isMemoryRecorded())
                .map(t -> {
                    Map<String, AttemptAnswerEntity> saved = new HashMap<>();
                    answers.findByAttemptId(attemptId).forEach(x -> saved.put(x.getQuestionId(), x));
                    List<QuizAnswer> given = t.questionIds().stream()
                            .filter(saved::containsKey)
                            .map(id -> {
                                AttemptAnswerEntity x = saved.get(id);
                                return new QuizAnswer(
                                        id,
                                        ResponseCodec.decode(x.getResponse()),
                                        Duration.ofMillis(x.getAnswerMs()),
                                        x.isHinted(),
                                        t.revisionOf(id));
                            })
                            .toList();
                    return new SubmittedQuiz(attemptId, t.getLearnerId(), given);
                });
    }

    @Override
    @Transactional
    public void markRecorded(long attemptId) {
        attempts.markMemoryRecorded(attemptId);
    }
}
