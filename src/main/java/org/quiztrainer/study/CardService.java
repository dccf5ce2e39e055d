package org.quiztrainer.study;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankChanged;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.srs.Card;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a learner can do with their own cards besides answering them: suspend, bury until tomorrow (a
 * question never answered too, as in Anki: it gets a new card that waits), bring back a suspended card or a
 * leech, and decide what happens to their memory when a question's content changed.
 */
@Service
public class CardService {

    private final CardRepository cards;
    private final StudySettingsService settings;
    private final BankService bank;
    private final CurrentUser currentUser;
    private final Clock clock;

    CardService(
            CardRepository cards,
            StudySettingsService settings,
            BankService bank,
            CurrentUser currentUser,
            Clock clock) {
        this.cards = cards;
        this.settings = settings;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Hides a card until it is unsuspended; a question never answered gets a suspended new card. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void suspend(String questionId) {
        mineOrNew(questionId).setSuspended(true);
    }

    /** Brings back a suspended card or a leech; its schedule is kept. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unsuspend(String questionId) {
        CardEntity card = mine(questionId);
        card.setSuspended(false);
        card.setLeech(false);
    }

    /** Hides a card (or a question never answered) until the next study day starts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void bury(String questionId) {
        StudySettings s = settings.current(currentUser.require().id());
        mineOrNew(questionId)
                .setBuriedUntil(
                        StudyDay.of(clock.instant(), s.zone(), s.dayStartHour()).end());
    }

    /** The caller's leeches: cards suspended by {@link org.quiztrainer.srs.Leech}'s rule. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> leeches() {
        return cards.findByLearnerIdAndLeechTrue(currentUser.require().id()).stream()
                .map(CardEntity::getQuestionId)
                .sorted()
                .toList();
    }

    /** The caller's suspended cards, leeches and cards they suspended themselves, by question id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SuspendedCard> suspended() {
        return cards.findByLearnerIdAndSuspendedTrue(currentUser.require().id()).stream()
                .map(c -> new SuspendedCard(c.getQuestionId(), c.isLeech()))
                .sorted(java.util.Comparator.comparing(SuspendedCard::questionId))
                .toList();
    }

    /** After a question changed: keep the memory of the old version and go on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void keepMemory(String questionId) {
        CardEntity card = mine(questionId);
        card.setQuestionChanged(false);
        bank.question(questionId).ifPresent(q -> card.setSeenRevision(q.revision()));
    }

    /** After a question changed: start its memory afresh (its review history stays in the log). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void resetMemory(String questionId) {
        long me = currentUser.require().id();
        CardEntity card = mine(questionId);
        Instant now = clock.instant();
        card.apply(Card.createNew(CardEntity.schedulerId(me, questionId), now));
        card.setQuestionChanged(false);
        card.setLeech(false);
        card.setSuspended(false);
        bank.question(questionId).ifPresent(q -> card.setSeenRevision(q.revision()));
    }

    /** Marks every learner's card of a changed question, once the bank sync committed. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBankChanged(BankChanged event) {
        if (!event.changed().isEmpty()) {
            cards.markChanged(event.changed());
        }
    }

    private CardEntity mineOrNew(String questionId) {
        long me = currentUser.require().id();
        return cards.findByLearnerIdAndQuestionId(me, questionId).orElseGet(() -> {
            var q = bank.question(questionId)
                    .filter(x -> !x.retired())
                    .orElseThrow(() -> new InvalidInputException(Map.of("questionId", "study.error.no-question")));
            return cards.save(new CardEntity(me, questionId, q.revision(), clock.instant()));
        });
    }

    private CardEntity mine(String questionId) {
        return cards.findByLearnerIdAndQuestionId(currentUser.require().id(), questionId)
                .orElseThrow(() -> new InvalidInputException(Map.of("questionId", "study.error.no-card")));
    }
}
