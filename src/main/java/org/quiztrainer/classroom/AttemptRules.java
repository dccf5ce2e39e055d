package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quiztrainer.study.QuizSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The server's rules of an attempt: one learner's closing time and attempts (with their extension), the
 * deadline {@code min(start + time limit, closing time)}, the score, and submitting (at the deadline too).
 * Every submission publishes {@link QuizSubmitted}, so its answers enter the learner's memory once it commits.
 */
@Component
class AttemptRules {

    private final AssignmentOverrideRepository overrides;
    private final AttemptAnswerRepository answers;
    private final ApplicationEventPublisher events;

    AttemptRules(
            AssignmentOverrideRepository overrides, AttemptAnswerRepository answers, ApplicationEventPublisher events) {
        this.overrides = overrides;
        this.answers = answers;
        this.events = events;
    }

    /** When the assignment closes for this learner: their extension's time, else the assignment's. */
    Instant closesFor(AssignmentEntity a, long learnerId) {
        return overrides
                .findByAssignmentIdAndLearnerId(a.getId(), learnerId)
                .map(AssignmentOverrideEntity::getClosesAt)
                .orElse(a.getClosesAt());
    }

    /** How many attempts this learner may make ({@link AssignmentSettings#UNLIMITED} for no limit). */
    int attemptsFor(AssignmentEntity a, long learnerId) {
        return overrides
                .findByAssignmentIdAndLearnerId(a.getId(), learnerId)
                .map(AssignmentOverrideEntity::getMaxAttempts)
                .orElse(a.settings().maxAttempts());
    }

    /** The attempt's deadline: {@code min(startedAt + timeLimit, closesFor(learner))}. */
    Instant deadline(AttemptEntity t, AssignmentEntity a) {
        Instant close = closesFor(a, t.getLearnerId());
        var limit = a.settings().timeLimit();
        if (limit == null) {
            return close;
        }
        Instant end = t.getStartedAt().plus(limit);
        return end.isBefore(close) ? end : close;
    }

    /** Submits the attempt with what was saved if its deadline has passed; whether it is (now) submitted. */
    boolean finishIfDue(AttemptEntity t, AssignmentEntity a, Instant now) {
        if (!t.isSubmitted()) {
            Instant deadline = deadline(t, a);
            if (!now.isBefore(deadline)) {
                submit(t, deadline);
            }
        }
        return t.isSubmitted();
    }

    /** Submits the attempt at {@code at} with what was saved; its answers enter the memory after the commit. */
    void submit(AttemptEntity t, Instant at) {
        answers.flush();
        t.submit(at, score(t));
        events.publishEvent(new QuizSubmitted(t.getId()));
    }

    /** Whether the attempt was submitted before its deadline (by the learner), not at it. */
    boolean submittedEarly(AttemptEntity t, AssignmentEntity a) {
        return t.isSubmitted() && t.getSubmittedAt().isBefore(deadline(t, a));
    }

    /**
     * The attempt as it stands at {@code now}, without writing anything: submitted (with its time and score)
     * if it was, or if its deadline has passed (then at the deadline, with the score of what was saved),
     * in progress otherwise. Read paths use this; the sweep and the learner's own actions do the writing.
     */
    Settled settled(AttemptEntity t, AssignmentEntity a, Instant now) {
        if (t.isSubmitted()) {
            return new Settled(t.getSubmittedAt(), t.getScore());
        }
        Instant deadline = deadline(t, a);
        return now.isBefore(deadline) ? new Settled(null, null) : new Settled(deadline, score(t));
    }

    /**
     * An attempt as read at one moment.
     *
     * @param submittedAt when it was (or is due to be) submitted; null while in progress
     * @param score       its score in 0..1; null while in progress
     */
    record Settled(Instant submittedAt, Double score) {

        boolean submitted() {
            return submittedAt != null;
        }
    }

    /**
     * The attempt's score in 0..1: the mean mark over all its questions, {@code sum(mark_q) / n}, where an
     * unanswered question scores 0 and a mark is the instructor's override if any, else the automatic score.
     */
    double score(AttemptEntity t) {
        List<String> questions = t.questionIds();
        if (questions.isEmpty()) {
            return 0;
        }
        Map<String, Double> marks = answers.findByAttemptId(t.getId()).stream()
                .collect(Collectors.toMap(AttemptAnswerEntity::getQuestionId, AttemptAnswerEntity::mark));
        return questions.stream().mapToDouble(q -> marks.getOrDefault(q, 0.0)).sum() / questions.size();
    }

    /** The learner's grade for the assignment from their submitted attempts (in attempt order), by its method. */
    static Double grade(GradingMethod method, List<Settled> attempts) {
        var g = method.grade(
                attempts.stream().filter(Settled::submitted).map(Settled::score).toList());
        return g.isPresent() ? g.getAsDouble() : null;
    }
}
