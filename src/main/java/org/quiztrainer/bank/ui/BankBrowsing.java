package org.quiztrainer.bank.ui;

import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.BrowsedQuestion;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;

/**
 * The bank service's reading calls as the bank's pages make them, in one place: a page of a filtered list, its
 * count, one question. The service decides what of a question the user sees (an editor or an instructor sees the
 * answer; a learner sees it once they answered the question).
 */
public final class BankBrowsing {

    private final BankService bank;

    public BankBrowsing(BankService bank) {
        this.bank = bank;
    }

    /** The questions of the filter from {@code offset}, at most {@code limit}: what one page of a grid shows (for a learner, without
     * the questions a quiz holds back). */
    public List<QuestionSummary> page(QuestionFilter filter, int offset, int limit) {
        return bank.browse(filter, offset, limit);
    }

    /** How many questions the filter matches. */
    public long count(QuestionFilter filter) {
        return bank.browseCount(filter);
    }

    /** One question as the user may see it (its key only where the service gives it). */
    public Optional<BrowsedQuestion> question(String id) {
        return bank.preview(id);
    }
}
