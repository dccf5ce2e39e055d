package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.study.MemoryService;
import org.springframework.stereotype.Component;

/**
 * The questions of one learner's attempt: the picked ones, then the random draw from the assignment's topics
 * and tags (seeded by assignment and learner, so every attempt of that learner draws the same), then the
 * learner's weakest questions of that scope by predicted recall. Self-graded questions (flashcards, revealed cloze
 * cards) are never drawn.
 */
@Component
class QuestionPicker {

    private static final int POOL_MAX = 5000;

    private final BankService bank;
    private final MemoryService memory;

    QuestionPicker(BankService bank, MemoryService memory) {
        this.bank = bank;
        this.memory = memory;
    }

    List<String> pick(long assignmentId, AssignmentSettings s, long learnerId, Instant now) {
        Set<String> chosen = new LinkedHashSet<>(s.questionIds());
        if (s.randomCount() > 0 || s.weakestCount() > 0) {
            List<String> pool = pool(s);
            pool.removeAll(chosen);
            List<String> drawn = Shuffles.shuffled(pool, Shuffles.drawSeed(assignmentId, learnerId));
            chosen.addAll(drawn.subList(0, Math.min(s.randomCount(), drawn.size())));
            pool.removeAll(chosen);
            chosen.addAll(memory.weakest(learnerId, pool, s.weakestCount(), now));
        }
        return new ArrayList<>(chosen);
    }

    /**
     * The gradable questions of the assignment's banks in its topics or with its tags (all of them when neither is
     * given), by id; assignments saved before banks existed draw from the built-in bank.
     */
    private List<String> pool(AssignmentSettings s) {
        Set<Long> banks = s.randomBanks().isEmpty() ? Set.of(Bank.BUILT_IN) : s.randomBanks();
        QuestionFilter inBanks = QuestionFilter.ALL.inBanks(banks);
        Set<String> ids = new TreeSet<>();
        if (s.randomTopics().isEmpty() && s.randomTags().isEmpty()) {
            add(ids, inBanks);
        }
        for (String topic : s.randomTopics()) {
            add(ids, inBanks.inTopic(topic));
        }
        for (String tag : s.randomTags()) {
            add(ids, inBanks.withTag(tag));
        }
        return new ArrayList<>(ids);
    }

    private void add(Set<String> ids, QuestionFilter filter) {
        bank.find(filter, 0, POOL_MAX).stream()
                .filter(q -> !q.selfGraded())
                .map(QuestionSummary::id)
                .forEach(ids::add);
    }
}
