package org.quiztrainer.bank.ui;

import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.StoredQuestion;

/**
 * The bank service's reading calls as the bank's pages make them, in one place: a page of a filtered list, its
 * count, one question. The pages decide what of a question the user sees (an editor or an instructor who may use
 * the bank sees the answer; a learner sees the question as they will be asked it).
 */
public final class BankBrowsing {

    private final BankService bank;

    public BankBrowsing(BankService bank) {
        this.bank = bank;
    }

    /** The questions of the filter from {@code offset}, at most {@code limit}: what one page of a grid shows. */
    public List<QuestionSummary> page(QuestionFilter filter, int offset, int limit) {
        return bank.find(filter, offset, limit);
    }

    /** How many questions the filter matches. */
    public long count(QuestionFilter filter) {
        return bank.count(filter);
    }

    /** One question the user may read. */
    public Optional<StoredQuestion> question(String id) {
        return bank.question(id);
    }
}
