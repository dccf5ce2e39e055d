package org.quiztrainer.srs.workload;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.ReviewResult;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.StudyDays;

/**
 * A learner's study history, answer by answer, produced by the real {@link Scheduler}: each study day one
 * session in the learner's zone takes the learning cards due, then the reviews due that study day (most
 * overdue first, at most {@value #REVIEW_LIMIT}), then new cards in deck order, with the same-day steps
 * answered as they come due (a step due within {@value #LEARN_AHEAD_MINUTES} minutes is shown early, as the
 * study queue does). Quizzes are answered at their time.
 *
 * <p>The learner's memory is the ground truth of the FSRS-6 model with the default weights: each card has a
 * true stability S and difficulty D that follow the ratings actually given. A card seen before is recalled
 * with probability R(t, S · a · f), t the days since its last answer, a the learner's ability and f in
 * 0.3..1.5 a per-question factor (some questions are harder for everyone); a same-day step is rated from the
 * step transitions of the {@link LearnerProfile}, a first answer from its first ratings, a recalled review
 * Hard, Good or Easy from its recall ratings. A quiz question never seen is known with probability
 * 0.3 + 0.2 · min(a, 1). A review lapsed for the {@value #LEECH_LAPSES}th time makes the card a leech (it is
 * suspended). Deterministic for a seed.
 */
public final class StudyHistorySimulator {

    static final int REVIEW_LIMIT = 200;
    static final int LEARN_AHEAD_MINUTES = 20;
    static final int LEECH_LAPSES = 8;
    private static final Duration SESSION = Duration.ofMinutes(90);

    private final Scheduler scheduler;
    private final StudyHabits habits;
    private final LearnerProfile profile = LearnerProfile.fsrsRsDefaults();
    private final MemoryModel truth = new MemoryModel(Parameters.defaults());
    private final SplittableRandom random;
    private final Function<String, String> cardId;
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final List<SimulatedHistory.QuizAnswer> quizAnswers = new ArrayList<>();
    private Instant clock = Instant.MIN;
    private Instant end = Instant.MAX;

    /** One card: the scheduler's state, the true memory and the answers so far. */
    private static final class Track {
        final String questionId;
        Card card;
        double trueStability;
        double trueDifficulty;
        Instant lastAnswer;
        Rating lastRating;
        boolean leech;
        final List<SimulatedHistory.Answer> answers = new ArrayList<>();

        Track(String questionId, Card card) {
            this.questionId = questionId;
            this.card = card;
        }
    }

    private StudyHistorySimulator(Scheduler scheduler, StudyHabits habits, Function<String, String> cardId) {
        this.scheduler = scheduler;
        this.habits = habits;
        this.random = new SplittableRandom(habits.seed());
        this.cardId = cardId;
    }

    /**
     * Simulates {@code days} study days ending on the study day of {@code end}; nothing is answered at or after
     * {@code end}.
     *
     * @param deck    the question ids in the order new cards are introduced
     * @param cardId  the scheduler's card id of a question (it seeds the interval fuzz)
     * @param quizzes quizzes to take; those at or after {@code end} are left out
     * @param rater   the rating each quiz answer records
     */
    public static SimulatedHistory run(
            Scheduler scheduler,
            StudyHabits habits,
            List<String> deck,
            Function<String, String> cardId,
            Instant end,
            int days,
            List<QuizSession> quizzes,
            QuizAnswerer rater) {
        return new StudyHistorySimulator(scheduler, habits, cardId).simulate(deck, end, days, quizzes, rater);
    }

    private SimulatedHistory simulate(
            List<String> deck, Instant until, int days, List<QuizSession> quizzes, QuizAnswerer rater) {
        this.end = until;
        Parameters p = scheduler.parameters();
        LocalDate last = StudyDays.dayOf(end, p.zone(), p.dayStartHour());
        List<QuizSession> pending = new ArrayList<>(
                quizzes.stream().filter(q -> q.at().isBefore(end)).toList());
        pending.sort(Comparator.comparing(QuizSession::at));
        int nextNew = 0;
        for (int day = 0; day < days; day++) {
            LocalDate date = last.minusDays(days - 1L - day);
            Instant dayEnd = date.plusDays(1)
                    .atTime(p.dayStartHour(), 0)
                    .atZone(p.zone())
                    .toInstant();
            boolean studies = day >= habits.firstDay()
                    && day < days - habits.restAtEnd()
                    && random.nextDouble() < habits.studyShare();
            Instant session = date.atTime(habits.sessionHour(), random.nextInt(60))
                    .atZone(p.zone())
                    .toInstant();
            if (session.plus(SESSION).isAfter(end)) {
                session = end.minus(SESSION);
            }
            while (!pending.isEmpty() && pending.get(0).at().isBefore(studies ? session : dayEnd)) {
                quiz(pending.remove(0), rater);
            }
            if (studies) {
                nextNew = session(deck, nextNew, session, dayEnd);
            }
            while (!pending.isEmpty() && pending.get(0).at().isBefore(dayEnd)) {
                quiz(pending.remove(0), rater);
            }
        }
        List<SimulatedHistory.SimulatedCard> cards = tracks.values().stream()
                .map(t -> new SimulatedHistory.SimulatedCard(t.questionId, t.card, t.leech, t.answers))
                .toList();
        return new SimulatedHistory(cards, quizAnswers);
    }

    /** One study session; returns the index of the next new card of the deck. */
    private int session(List<String> deck, int nextNew, Instant start, Instant dayEnd) {
        Instant t = later(start, clock);
        Instant stop = t.plus(SESSION).isAfter(end) ? end : t.plus(SESSION);
        int reviews = 0;
        int introduced = 0;
        while (t.isBefore(stop)) {
            Track next = due(t, dayEnd, reviews < REVIEW_LIMIT);
            if (next == null && introduced < habits.newPerDay() && nextNew < deck.size()) {
                String q = deck.get(nextNew++);
                if (tracks.containsKey(q)) {
                    continue;
                }
                next = new Track(q, Card.createNew(cardId.apply(q), t));
                tracks.put(q, next);
                introduced++;
            }
            if (next == null) {
                next = learnAhead(t);
            }
            if (next == null) {
                break;
            }
            reviews += next.card.state() == State.REVIEW ? 1 : 0;
            Rating rating = rating(next, t);
            t = t.plus(answer(next, rating, t, false));
        }
        return nextNew;
    }

    private Track due(Instant t, Instant dayEnd, boolean reviewsLeft) {
        Track learning = null;
        Track review = null;
        for (Track c : tracks.values()) {
            if (c.leech) {
                continue;
            }
            State s = c.card.state();
            boolean steps = s == State.LEARNING || s == State.RELEARNING;
            if (steps
                    && !c.card.due().isAfter(t)
                    && (learning == null || c.card.due().isBefore(learning.card.due()))) {
                learning = c;
            }
            if (s == State.REVIEW
                    && c.card.due().isBefore(dayEnd)
                    && (review == null || c.card.due().isBefore(review.card.due()))) {
                review = c;
            }
        }
        return learning != null ? learning : (reviewsLeft ? review : null);
    }

    private Track learnAhead(Instant t) {
        Instant limit = t.plus(Duration.ofMinutes(LEARN_AHEAD_MINUTES));
        return tracks.values().stream()
                .filter(c -> !c.leech && (c.card.state() == State.LEARNING || c.card.state() == State.RELEARNING))
                .filter(c -> !c.card.due().isAfter(limit))
                .min(Comparator.comparing(c -> c.card.due()))
                .orElse(null);
    }

    private void quiz(QuizSession quiz, QuizAnswerer rater) {
        Instant t = later(quiz.at(), clock);
        for (String q : quiz.questionIds()) {
            if (!t.isBefore(end)) {
                return;
            }
            Track track = tracks.computeIfAbsent(q, id -> new Track(id, Card.createNew(cardId.apply(id), quiz.at())));
            boolean recalled = random.nextDouble() < recall(track, t);
            Duration time = Duration.ofSeconds(12 + random.nextInt(50));
            Rating rating = rater.rate(q, recalled, time);
            answer(track, rating, t, true);
            quizAnswers.add(new SimulatedHistory.QuizAnswer(quiz.key(), q, t, recalled, time, rating));
            t = t.plus(time);
        }
    }

    /** The probability that the learner knows the answer of a card at {@code t}. */
    private double recall(Track c, Instant t) {
        if (c.lastAnswer == null) {
            return 0.3 + 0.2 * Math.min(habits.ability(), 1);
        }
        double days = Duration.between(c.lastAnswer, t).toSeconds() / 86_400.0;
        return truth.retrievability(days, c.trueStability * habits.ability() * itemFactor(c.questionId));
    }

    private Rating rating(Track c, Instant t) {
        if (c.lastAnswer == null) {
            return profile.firstRating(random);
        }
        boolean sameDay = Duration.between(c.lastAnswer, t).toHours() < 24;
        if (sameDay && c.card.state() != State.REVIEW) {
            return profile.stepRating(c.lastRating, c.card.state() == State.RELEARNING, random);
        }
        return random.nextDouble() < recall(c, t) ? profile.recalledRating(random) : Rating.AGAIN;
    }

    /** Records an answer in the scheduler and the true memory; returns the time it took. */
    private Duration answer(Track c, Rating rating, Instant t, boolean quiz) {
        Card before = c.card;
        ReviewResult result = scheduler.review(before, rating, t);
        MemoryState memory =
                c.lastAnswer == null ? MemoryState.NONE : new MemoryState(c.trueDifficulty, c.trueStability);
        long elapsed =
                c.lastAnswer == null ? 0 : Duration.between(c.lastAnswer, t).toDays();
        MemoryState next = truth.nextState(memory, elapsed, rating, null);
        c.trueStability = next.stability();
        c.trueDifficulty = next.difficulty();
        c.lastAnswer = t;
        c.lastRating = rating;
        c.card = result.card();
        Duration time = Duration.ofMillis(Math.round(1000 * profile.seconds(before.state(), rating)));
        c.answers.add(new SimulatedHistory.Answer(before, result.log(), quiz, time));
        clock = t.plus(time);
        if (before.state() == State.REVIEW
                && rating == Rating.AGAIN
                && result.card().lapses() >= LEECH_LAPSES) {
            c.leech = true;
        }
        return time.plusSeconds(3 + random.nextInt(8));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A question's own difficulty for everyone: a factor in 0.3..1.5 fixed by its id. */
    static double itemFactor(String questionId) {
        return 0.3 + 1.2 * new SplittableRandom(questionId.hashCode()).nextDouble();
    }
}
