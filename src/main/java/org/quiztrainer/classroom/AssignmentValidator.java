package org.quiztrainer.classroom;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.study.AnswerKeys;
import org.springframework.stereotype.Component;

/** Checks an instructor's assignment settings, naming every bad field with an i18n key. */
@Component
class AssignmentValidator {

    static final int MAX_DRAWN = 100;
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);

    private final BankService bank;

    AssignmentValidator(BankService bank) {
        this.bank = bank;
    }

    void check(AssignmentSettings s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.title().isEmpty() || s.title().length() > 200) {
            errors.put("title", "class.error.title");
        }
        if (s.instructions().length() > 4000) {
            errors.put("instructions", "class.error.instructions");
        }
        if (String.join(",", s.questionIds()).length() > 4000
                || s.questionIds().stream().distinct().count()
                        != s.questionIds().size()
                || !s.questionIds().stream().allMatch(this::gradable)) {
            errors.put("questionIds", "class.error.questions");
        }
        if (s.randomCount() < 0
                || s.randomCount() > MAX_DRAWN
                || s.weakestCount() < 0
                || s.weakestCount() > MAX_DRAWN) {
            errors.put("randomCount", "class.error.count");
        }
        var topicIds = bank.topics().stream().map(Topic::id).toList();
        if (!topicIds.containsAll(s.randomTopics())
                || !bank.tags().containsAll(s.randomTags())
                || String.join(",", s.randomTopics()).length() > 1000
                || String.join(",", s.randomTags()).length() > 1000) {
            errors.put("randomTopics", "class.error.scope");
        }
        if (s.questionCount() == 0) {
            errors.put("questionIds", "class.error.no-questions");
        }
        if (s.opensAt() == null || s.closesAt() == null || !s.closesAt().isAfter(s.opensAt())) {
            errors.put("closesAt", "class.error.dates");
        }
        if (s.timeLimit() != null
                && (s.timeLimit().toSeconds() < 60 || s.timeLimit().compareTo(MAX_TIME_LIMIT) > 0)) {
            errors.put("timeLimit", "class.error.time-limit");
        }
        if (s.maxAttempts() < 0 || s.maxAttempts() > 100) {
            errors.put("maxAttempts", "class.error.attempts");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A question that exists, is served, and is graded by the app (not a self-graded flashcard). */
    boolean gradable(String questionId) {
        return questionId != null
                && bank.question(questionId)
                        .filter(q -> !q.retired())
                        .flatMap(q -> AnswerKeys.of(q.question().content(), bank::unit))
                        .isPresent();
    }
}
