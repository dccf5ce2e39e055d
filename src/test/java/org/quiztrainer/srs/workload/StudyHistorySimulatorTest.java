package org.quiztrainer.srs.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;

class StudyHistorySimulatorTest {

    static final Instant END = Instant.parse("2026-03-10T09:30:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Scheduler SCHEDULER = new Scheduler(Parameters.defaults().withDayStart(4, SHANGHAI));
    static final List<String> DECK =
            IntStream.range(0, 1000).mapToObj(i -> "q" + i).toList();

    static SimulatedHistory run(StudyHabits habits, List<QuizSession> quizzes) {
        return StudyHistorySimulator.run(
                SCHEDULER,
                habits,
                DECK,
                q -> "7:" + q,
                END,
                60,
                quizzes,
                (q, recalled, time) -> recalled ? Rating.GOOD : Rating.AGAIN);
    }

    static StudyHabits habits(double ability, int restAtEnd) {
        return new StudyHabits(ability, 0.9, 8, 19, 0, restAtEnd, 42);
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        SimulatedHistory a = run(habits(1, 0), List.of());
        assertThat(run(habits(1, 0), List.of())).isEqualTo(a);
        assertThat(run(new StudyHabits(1, 0.9, 8, 19, 0, 0, 43), List.of())).isNotEqualTo(a);
    }

    @Test
    void everyCardIsWhatTheSchedulerMakesOfItsAnswersAndNothingIsAnsweredAfterTheEnd() {
        SimulatedHistory h = run(habits(1, 0), List.of());
        assertThat(h.answers()).isGreaterThan(1000);
        for (SimulatedHistory.SimulatedCard c : h.cards()) {
            Card card = c.answers().get(0).before();
            assertThat(card.state()).isEqualTo(State.NEW);
            assertThat(card.id()).isEqualTo("7:" + c.questionId());
            for (SimulatedHistory.Answer a : c.answers()) {
                assertThat(a.before()).isEqualTo(card);
                assertThat(a.log().reviewedAt()).isBefore(END);
                card = SCHEDULER
                        .review(card, a.log().rating(), a.log().reviewedAt())
                        .card();
            }
            assertThat(c.card()).isEqualTo(card);
        }
    }

    @Test
    void newCardsComeInDeckOrderAtMostEightAStudyDay() {
        SimulatedHistory h = run(habits(1, 0), List.of());
        List<String> seen = h.cards().stream()
                .map(SimulatedHistory.SimulatedCard::questionId)
                .toList();
        assertThat(seen).isEqualTo(DECK.subList(0, seen.size()));
        assertThat(seen.size()).isLessThanOrEqualTo(60 * 8).isGreaterThan(40 * 8);
    }

    @Test
    void aWeakerMemoryForgetsMoreAndAPauseLeavesTheLastDaysEmpty() {
        double strong = againShare(run(habits(1.6, 0), List.of()));
        double weak = againShare(run(habits(0.4, 0), List.of()));
        assertThat(weak).isGreaterThan(strong + 0.1);

        SimulatedHistory paused = run(habits(1, 10), List.of());
        Instant lastAnswer = paused.cards().stream()
                .flatMap(c -> c.answers().stream())
                .map(a -> a.log().reviewedAt())
                .max(Instant::compareTo)
                .orElseThrow();
        assertThat(lastAnswer).isBefore(END.minus(Duration.ofDays(9)));
    }

    @Test
    void aQuizIsAnsweredAtItsTimeAndRecordedInTheCards() {
        Instant at = END.minus(Duration.ofDays(20));
        QuizSession quiz = new QuizSession("quiz", at, List.of("q3", "q4", "q900"));
        SimulatedHistory h = run(habits(1, 0), List.of(quiz, new QuizSession("late", END.plusSeconds(1), DECK)));
        assertThat(h.quizzes())
                .extracting(SimulatedHistory.QuizAnswer::questionId)
                .containsExactly("q3", "q4", "q900");
        assertThat(h.quizzes().get(0).at()).isAfterOrEqualTo(at).isBefore(at.plus(Duration.ofHours(2)));
        SimulatedHistory.SimulatedCard q900 = h.cards().stream()
                .filter(c -> c.questionId().equals("q900"))
                .findFirst()
                .orElseThrow();
        assertThat(q900.answers().get(0).quiz()).isTrue();
        assertThat(q900.answers().get(0).log().rating())
                .isEqualTo(h.quizzes().get(2).recalled() ? Rating.GOOD : Rating.AGAIN);
    }

    private static double againShare(SimulatedHistory h) {
        List<SimulatedHistory.Answer> reviews = h.cards().stream()
                .flatMap(c -> c.answers().stream())
                .filter(a -> a.log().stateBefore() == State.REVIEW)
                .toList();
        return reviews.stream().filter(a -> a.log().rating() == Rating.AGAIN).count() / (double) reviews.size();
    }
}
