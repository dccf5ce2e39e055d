package org.quiztrainer.bank;

import java.util.Optional;
import java.util.Set;

/**
 * What the bank browser (and study scopes, assignment draws) ask for; every part is optional.
 *
 * @param topicId     a topic: its questions and those of its descendants
 * @param type        one type
 * @param tag         one tag
 * @param words       text to find in either language (id, text, explanation, tags), case-insensitive
 * @param banks       the banks to look in; empty for the caller's own banks (the built-in bank, the banks they
 *                    own or co-edit, and those shared with their classes)
 * @param withRetired whether retired questions are listed too (for the editors of a bank)
 */
public record QuestionFilter(
        Optional<String> topicId,
        Optional<QuestionType> type,
        Optional<String> tag,
        Optional<String> words,
        Set<Long> banks,
        boolean withRetired) {

    /** No filter: the caller's own banks. */
    public static final QuestionFilter ALL =
            new QuestionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public QuestionFilter {
        words = words.map(String::strip).filter(w -> !w.isEmpty());
        tag = tag.map(String::strip).filter(t -> !t.isEmpty());
        banks = banks == null ? Set.of() : Set.copyOf(banks);
    }

    /** A filter of the caller's own banks, without retired questions. */
    public QuestionFilter(
            Optional<String> topicId, Optional<QuestionType> type, Optional<String> tag, Optional<String> words) {
        this(topicId, type, tag, words, Set.of(), false);
    }

    /** Everything of one bank. */
    public static QuestionFilter bank(long bankId) {
        return ALL.inBanks(Set.of(bankId));
    }

    /** This filter in the given banks. */
    public QuestionFilter inBanks(Set<Long> bankIds) {
        return new QuestionFilter(topicId, type, tag, words, bankIds, withRetired);
    }

    /** This filter of one topic (and its descendants). */
    public QuestionFilter inTopic(String topic) {
        return new QuestionFilter(Optional.ofNullable(topic), type, tag, words, banks, withRetired);
    }

    /** This filter with one tag. */
    public QuestionFilter withTag(String t) {
        return new QuestionFilter(topicId, type, Optional.ofNullable(t), words, banks, withRetired);
    }

    /** This filter, listing retired questions too or not. */
    public QuestionFilter retired(boolean with) {
        return new QuestionFilter(topicId, type, tag, words, banks, with);
    }
}
