package org.quiztrainer.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.ReviewResult;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.StudyDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a simulated study history for a learner straight into their cards and review log: the app's
 * scheduler (default weights, as the learner had before optimising) schedules, and whether the learner
 * recalls is drawn from a "true" FSRS-6 memory with other weights, so that a fit has something to find.
 */
@Component
public class SimulatedHistory {

    /** The true memory of the simulated learner (the public learner pub-a's weights). */
    public static final List<Double> TRUE_WEIGHTS = List.of(
            0.0931, 0.5761, 0.6121, 6.2655, 4.6315, 0.9765, 2.6635, 0.0012, 1.8249, 0.1392, 1.0018, 1.1003, 0.071,
            0.2773, 1.4097, 0.719, 2.8132, 0.616, 0.072, 0.0497, 0.5228);

    private final CardRepository cards;
    private final ReviewLogRepository logs;
    private final BankService bank;
    private final StudySettingsService settings;

    SimulatedHistory(CardRepository cards, ReviewLogRepository logs, BankService bank, StudySettingsService settings) {
        this.cards = cards;
        this.logs = logs;
        this.bank = bank;
        this.settings = settings;
    }

    /**
     * {@code cardCount} questions learnt {@code perDay} a day from {@code start} and reviewed whenever due
     * until {@code end}.
     *
     * @return the number of answers written
     */
    @Transactional
    public int write(long learnerId, int cardCount, int perDay, Instant start, Instant end, long seed) {
        return write(learnerId, QuestionFilter.ALL, cardCount, perDay, start, end, seed);
    }

    /** As {@link #write(long, int, int, Instant, Instant, long)}, on the first questions {@code filter} finds. */
    @Transactional
    public int write(
            long learnerId, QuestionFilter filter, int cardCount, int perDay, Instant start, Instant end, long seed) {
        StudySettings s = settings.current(learnerId);
        Scheduler scheduler = MemoryModels.with(s, MemoryModels.defaults());
        MemoryModel truth = new MemoryModel(Parameters.defaults().withWeights(TRUE_WEIGHTS));
        SplittableRandom random = new SplittableRandom(seed);
        List<QuestionSummary> questions = bank.find(filter, 0, cardCount);
        int answers = 0;
        for (int i = 0; i < questions.size(); i++) {
            QuestionSummary q = questions.get(i);
            Instant at = start.plus(Duration.ofDays(i / perDay)).plus(Duration.ofMinutes(i % perDay));
            CardEntity card = cards.save(new CardEntity(learnerId, q.id(), q.revision(), at));
            MemoryState memory = MemoryState.NONE;
            Instant last = null;
            boolean created = true;
            while (at.isBefore(end)) {
                long days = last == null ? 0 : StudyDays.between(last, at, s.zone(), s.dayStartHour());
                double r = last == null ? 0 : truth.retrievability(days, memory.stability());
                Rating rating =
                        last == null ? first(random) : random.nextDouble() < r ? recalled(random) : Rating.AGAIN;
                memory = truth.nextState(memory, days, rating, last == null ? null : r);
                ReviewResult result = scheduler.review(card.toCard(), rating, at);
                logs.save(new ReviewLogEntity(
                        card,
                        created,
                        q.type(),
                        q.revision(),
                        "sim-" + learnerId + "-" + answers,
                        ReviewSource.STUDY,
                        null,
                        4000 + random.nextInt(8000),
                        null,
                        result.log()));
                card.apply(result.card());
                cards.save(card);
                created = false;
                answers++;
                last = at;
                at = next(result.card(), at);
            }
        }
        return answers;
    }

    /** The next review: when the card is due (a minute later if it is due already). */
    private static Instant next(Card card, Instant now) {
        Instant due = card.due();
        return due.isAfter(now) ? due : now.plus(Duration.ofMinutes(1));
    }

    private static Rating first(SplittableRandom random) {
        double x = random.nextDouble();
        return x < 0.2 ? Rating.AGAIN : x < 0.3 ? Rating.HARD : x < 0.85 ? Rating.GOOD : Rating.EASY;
    }

    private static Rating recalled(SplittableRandom random) {
        double x = random.nextDouble();
        return x < 0.1 ? Rating.HARD : x < 0.9 ? Rating.GOOD : Rating.EASY;
    }
}
