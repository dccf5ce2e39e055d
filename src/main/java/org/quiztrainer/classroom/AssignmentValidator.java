package org.quiztrainer.classroom;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.study.AnswerKeys;
import org.springframework.stereotype.Component;

/**
 * Checks an instructor's assignment settings, naming every bad field with an i18n key: picked questions come from
 * banks the instructor may use (own, co-edited, public), and so do the banks, topics and tags drawn from.
 */
@Component
class AssignmentValidator {

    static final int MAX_DRAWN = 100;
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);

    private final BankService bank;
    private final BankCatalogService catalog;

    AssignmentValidator(BankService bank, BankCatalogService catalog) {
        this.bank = bank;
        this.catalog = catalog;
    }

    /**
     * The settings, checked, with the banks they draw from made explicit: the given ones, else those of the
     * topics, else the built-in bank.
     */
    AssignmentSettings check(AssignmentSettings s) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Long> usable = catalog.usableBankIds();
        if (s.title().isEmpty() || s.title().length() > 200) {
            errors.put("title", "class.error.title");
        }
        if (s.instructions().length() > 4000) {
            errors.put("instructions", "class.error.instructions");
        }
        if (String.join(",", s.questionIds()).length() > 4000
                || s.questionIds().stream().distinct().count()
                        != s.questionIds().size()
                || !s.questionIds().stream().allMatch(id -> gradable(id, usable))) {
            errors.put("questionIds", "class.error.questions");
        }
        if (s.randomCount() < 0
                || s.randomCount() > MAX_DRAWN
                || s.weakestCount() < 0
                || s.weakestCount() > MAX_DRAWN) {
            errors.put("randomCount", "class.error.count");
        }
        Map<String, Long> topicBanks = bank.topicBanks(s.randomTopics());
        Set<Long> banks = new HashSet<>(s.randomBanks());
        if (banks.isEmpty()) {
            banks.addAll(topicBanks.values());
        }
        if (banks.isEmpty()) {
            banks.add(Bank.BUILT_IN);
        }
        if (!usable.containsAll(banks) || banks.size() > 50) {
            errors.put("randomBanks", "class.error.banks");
        }
        if (topicBanks.size() < s.randomTopics().size()
                || !banks.containsAll(topicBanks.values())
                || !bank.tags(banks).containsAll(s.randomTags())
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
        return s.withBanks(banks);
    }

    /**
     * A question that exists, is served, is graded by the app (not self-graded), and belongs to a bank the
     * caller may use.
     */
    boolean gradable(String questionId, Set<Long> usable) {
        return questionId != null
                && bank.question(questionId)
                        .filter(q -> !q.retired() && usable.contains(q.bankId()))
                        .flatMap(q -> AnswerKeys.of(q.question(), bank::unit))
                        .isPresent();
    }
}
