package org.quiztrainer.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.bank.BankContents;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.MemoryReplay;
import org.quiztrainer.srs.ReviewResult;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a learner's review history from another app (an Anki package) into their own memory: each answer
 * becomes a row of their review log (source {@link ReviewSource#IMPORT}) and each card's memory is replayed with
 * FSRS-6 ({@link MemoryReplay}) from all of its answers, those already in the log included. Only the caller's own
 * memory, only for questions of a bank they own: never anybody else's. The due date: the other app's, while it
 * has the card's latest answer (the learner goes on as they were, as Anki does when FSRS is switched on without
 * rescheduling); the replayed one when there is none, or when the card was answered here since. An answer the log
 * already has (the same file imported again) is not written twice.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HistoryImportService {

    private final CardRepository cards;
    private final HistoryRows rows;
    private final BankContents banks;
    private final MemoryModels models;
    private final CurrentUser currentUser;
    private final Clock clock;

    HistoryImportService(
            CardRepository cards,
            HistoryRows rows,
            BankContents banks,
            MemoryModels models,
            CurrentUser currentUser,
            Clock clock) {
        this.cards = cards;
        this.rows = rows;
        this.banks = banks;
        this.models = models;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Writes the histories into the caller's memory, inside the caller's transaction (the import that created
     * the questions).
     *
     * @throws AccessDeniedException unless the caller owns the bank and every card's question is in it
     */
    @Transactional
    public HistoryImport write(long bankId, List<ImportedCard> imported) {
        long me = currentUser.require().id();
        if (!banks.ownedByCaller(bankId)) {
            throw new AccessDeniedException("A review history goes only into a bank of one's own");
        }
        Set<String> inBank = banks.questionIds(bankId);
        Map<String, ImportedCard> byQuestion = new LinkedHashMap<>();
        for (ImportedCard c : imported) {
            if (!inBank.contains(c.questionId())) {
                throw new AccessDeniedException("Question " + c.questionId() + " is not in bank " + bankId);
            }
            byQuestion.put(c.questionId(), c);
        }
        if (byQuestion.isEmpty()) {
            return HistoryImport.NONE;
        }
        Scheduler scheduler = models.scheduler(me);
        Map<String, CardEntity> existing = new HashMap<>();
        List<String> ids = new ArrayList<>(byQuestion.keySet());
        for (int i = 0; i < ids.size(); i += 500) {
            cards.findByLearnerIdAndQuestionIdIn(me, ids.subList(i, Math.min(ids.size(), i + 500)))
                    .forEach(c -> existing.put(c.getQuestionId(), c));
        }
        Map<Long, List<HistoryRows.Logged>> logged =
                rows.logged(existing.values().stream().map(CardEntity::getId).toList());
        Tally tally = new Tally();
        Map<String, Card> fresh = new LinkedHashMap<>();
        Map<String, List<Pending>> pending = new HashMap<>();
        for (ImportedCard c : byQuestion.values()) {
            CardEntity known = existing.get(c.questionId());
            List<HistoryRows.Logged> before = known == null ? List.of() : logged.getOrDefault(known.getId(), List.of());
            Replayed r = replay(me, scheduler, c, before, tally);
            if (r == null) {
                continue;
            }
            if (known == null) {
                fresh.put(c.questionId(), r.card());
                pending.put(c.questionId(), r.rows());
                tally.created++;
            } else {
                List<Pending> rowsOf = r.rows();
                boolean suspendedBefore = known.isSuspended();
                known.apply(r.card());
                known.setSeenRevision(c.revision());
                if (c.suspended()) {
                    known.setSuspended(true);
                }
                rowsOf.forEach(p -> tally.rows.add(new HistoryRows.Row(
                        known.getId(), c, p.before(), p.result().log(), p.ms(), suspendedBefore)));
                tally.updated++;
            }
        }
        List<ImportedCard> created =
                fresh.keySet().stream().map(byQuestion::get).toList();
        Map<String, Long> cardIds = rows.insertCards(me, created, fresh);
        for (ImportedCard c : created) {
            for (Pending p : pending.get(c.questionId())) {
                tally.rows.add(new HistoryRows.Row(
                        cardIds.get(c.questionId()), c, p.before(), p.result().log(), p.ms(), false));
            }
        }
        rows.insertLog(me, tally.rows);
        return new HistoryImport(tally.created, tally.updated, tally.rows.size(), tally.already, tally.dueFromFile);
    }

    /** A log row waiting for its card's id. */
    private record Pending(Card before, ReviewResult result, long ms) {}

    private record Replayed(Card card, List<Pending> rows) {}

    private static final class Tally {
        int created;
        int updated;
        int already;
        int dueFromFile;
        final List<HistoryRows.Row> rows = new ArrayList<>();
    }

    /** One answer of the merged history: from the log, or new from the file. */
    private record Answer(MemoryReplay.Review review, long ms, boolean isNew, boolean imported) {}

    /** The card after all its answers, with the rows to write; null when there is nothing new to write. */
    private Replayed replay(
            long me, Scheduler scheduler, ImportedCard c, List<HistoryRows.Logged> logged, Tally tally) {
        Set<String> known = new HashSet<>();
        List<Answer> all = new ArrayList<>();
        for (HistoryRows.Logged l : logged) {
            known.add(l.requestId());
            all.add(new Answer(new MemoryReplay.Review(l.at(), l.rating()), 0, false, isImport(me, c, l)));
        }
        int added = 0;
        for (ImportedAnswer a : c.answers()) {
            if (known.add(HistoryRows.requestId(me, c.questionId(), a.at()))) {
                all.add(new Answer(new MemoryReplay.Review(a.at(), a.rating()), a.durationMs(), true, true));
                added++;
            } else {
                tally.already++;
            }
        }
        if (added == 0 && !(logged.isEmpty() && c.suspended())) {
            return null;
        }
        all.sort(Comparator.comparing((Answer a) -> a.review().at()));
        String schedulerId = CardEntity.schedulerId(me, c.questionId());
        List<ReviewResult> steps = MemoryReplay.steps(
                scheduler, schedulerId, all.stream().map(Answer::review).toList());
        List<Pending> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (all.get(i).isNew()) {
                Card before = i == 0
                        ? Card.createNew(schedulerId, all.get(0).review().at())
                        : steps.get(i - 1).card();
                out.add(new Pending(before, steps.get(i), all.get(i).ms()));
            }
        }
        Card replayed = steps.isEmpty()
                ? Card.createNew(schedulerId, clock.instant())
                : steps.get(steps.size() - 1).card();
        boolean fileHasLast = !all.isEmpty() && all.get(all.size() - 1).imported();
        Optional<Instant> due =
                c.due().filter(d -> replayed.lastReview() == null || !d.isBefore(replayed.lastReview()));
        if (fileHasLast && due.isPresent() && replayed.state() != State.NEW) {
            tally.dueFromFile++;
            return new Replayed(withDue(replayed, due.get()), out);
        }
        return new Replayed(replayed, out);
    }

    private static boolean isImport(long me, ImportedCard c, HistoryRows.Logged l) {
        return l.requestId().equals(HistoryRows.requestId(me, c.questionId(), l.at()));
    }

    /** The card with the other app's due date; the scheduled days follow from it. */
    static Card withDue(Card card, Instant due) {
        long days = card.lastReview() == null
                ? 0
                : Math.max(0, Duration.between(card.lastReview(), due).toDays());
        return new Card(
                card.id(),
                card.state(),
                card.step(),
                card.stability(),
                card.difficulty(),
                due,
                card.lastReview(),
                card.elapsedDays(),
                days,
                card.reps(),
                card.lapses());
    }
}
