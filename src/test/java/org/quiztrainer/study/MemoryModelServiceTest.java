package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.MemoryReplay;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.optimizer.FsrsOptimizer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AppTest
class MemoryModelServiceTest {

    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant NOW = START.plus(Duration.ofDays(70));

    @Autowired
    MemoryModelService models;

    @Autowired
    OptimisationService optimisations;

    @Autowired
    WorkloadService workload;

    @Autowired
    MemoryModels memoryModels;

    @Autowired
    SimulatedHistory simulated;

    @Autowired
    ReviewHistoryRepository history;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    TestFitter fitter;

    @Autowired
    CardRepository cardRepository;

    UserSummary me;

    @BeforeEach
    void learner() {
        clock.set(NOW);
        me = users.create(Role.LEARNER);
        TestUsers.login(me);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static OptimisationRun await(OptimisationService service, long learner) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            OptimisationRun run = service.run(learner).orElseThrow();
            if (run.status().finished()) {
                return run;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the optimisation did not finish");
    }

    private Map<Long, Card> cards() {
        return history.cards(me.id()).stream().collect(Collectors.toMap(CardEntity::getId, CardEntity::toCard));
    }

    @Test
    void aHistoryGivesFittedWeightsAndEveryCardIsRecomputedWithThem() {
        simulated.write(me.id(), 150, 5, START, NOW, 1);
        MemoryModelStatus before = models.status(me.id());
        assertThat(before.fitted()).isFalse();
        assertThat(before.weights()).isEqualTo(MemoryModels.defaults());
        assertThat(before.canOptimise()).isTrue();
        assertThat(before.fullFit()).isTrue();
        assertThat(before.current()).isNotNull();
        Map<Long, Card> stored = cards();

        optimisations.start(me.id(), false);
        OptimisationRun run = await(optimisations, me.id());

        assertThat(run.status()).isEqualTo(OptimisationStatus.IMPROVED);
        assertThat(run.after().logLoss()).isLessThan(run.before().logLoss());
        assertThat(run.before()).isEqualTo(before.current());
        assertThat(run.reviews()).isEqualTo(before.reviews());
        MemoryModelStatus after = models.status(me.id());
        assertThat(after.fitted()).isTrue();
        assertThat(after.fittedAt()).isEqualTo(NOW);
        assertThat(after.fittedOnReviews()).isEqualTo(before.reviews());
        assertThat(after.weights()).isNotEqualTo(MemoryModels.defaults()).hasSize(21);
        assertThat(after.current()).isEqualTo(run.after());
        assertThat(run.cardsUpdated()).isPositive();

        Scheduler fitted = memoryModels.scheduler(me.id());
        assertThat(fitted.parameters().weights()).isEqualTo(after.weights());
        Map<Long, List<MemoryReplay.Review>> byCard = ReviewHistory.byCard(new ReviewHistory(history).log(me.id()));
        int changed = 0;
        for (Map.Entry<Long, Card> card : cards().entrySet()) {
            Card old = stored.get(card.getKey());
            Card replayed = MemoryReplay.replay(fitted, old.id(), byCard.get(card.getKey()), old.due());
            assertThat(card.getValue().stability()).isEqualTo(replayed.stability());
            assertThat(card.getValue().difficulty()).isEqualTo(replayed.difficulty());
            assertThat(card.getValue().due())
                    .as("due dates stay without rescheduling")
                    .isEqualTo(old.due());
            changed += card.getValue().stability() != old.stability() ? 1 : 0;
        }
        assertThat(changed).isPositive();
    }

    @Test
    void reschedulingMovesDueDatesToTheNewWeights() {
        simulated.write(me.id(), 150, 5, START, NOW, 2);
        Map<Long, Card> stored = cards();
        optimisations.start(me.id(), true);
        assertThat(await(optimisations, me.id()).status()).isEqualTo(OptimisationStatus.IMPROVED);
        long moved = cards().entrySet().stream()
                .filter(c -> c.getValue().state() == State.REVIEW)
                .filter(c -> !c.getValue().due().equals(stored.get(c.getKey()).due()))
                .count();
        assertThat(moved).isPositive();
    }

    @Test
    void optimisingAgainOnTheSameHistoryIsNotBetterAndKeepsTheWeights() {
        simulated.write(me.id(), 150, 5, START, NOW, 3);
        optimisations.start(me.id(), false);
        assertThat(await(optimisations, me.id()).status()).isEqualTo(OptimisationStatus.IMPROVED);
        List<Double> fitted = models.status(me.id()).weights();
        Map<Long, Card> stored = cards();

        optimisations.start(me.id(), false);
        OptimisationRun again = await(optimisations, me.id());

        assertThat(again.status()).isEqualTo(OptimisationStatus.NOT_BETTER);
        assertThat(again.after().logLoss())
                .isGreaterThanOrEqualTo(again.before().logLoss());
        assertThat(models.status(me.id()).weights()).isEqualTo(fitted);
        assertThat(cards()).isEqualTo(stored);
    }

    @Test
    void tooLittleHistoryIsExplainedAndKeepsTheDefaults() {
        simulated.write(me.id(), 3, 3, START, NOW, 4);
        MemoryModelStatus status = models.status(me.id());
        assertThat(status.canOptimise()).isFalse();
        assertThat(status.itemsNeeded()).isEqualTo(8 - status.trainingItems());
        assertThat(status.reviews()).isPositive();

        optimisations.start(me.id(), false);
        assertThat(await(optimisations, me.id()).status()).isEqualTo(OptimisationStatus.TOO_LITTLE);
        assertThat(models.status(me.id()).fitted()).isFalse();
    }

    @Test
    void backToTheDefaultsRecomputesTheCardsWithThem() {
        simulated.write(me.id(), 150, 5, START, NOW, 5);
        Map<Long, Card> original = cards();
        optimisations.start(me.id(), false);
        await(optimisations, me.id());
        assertThat(cards()).isNotEqualTo(original);

        int changed = models.resetToDefaults(me.id(), false);

        assertThat(changed).isPositive();
        assertThat(models.status(me.id()).fitted()).isFalse();
        assertThat(memoryModels.scheduler(me.id()).parameters().weights()).isEqualTo(MemoryModels.defaults());
        Map<Long, Card> now = cards();
        for (Map.Entry<Long, Card> c : original.entrySet()) {
            assertThat(now.get(c.getKey()).stability()).isEqualTo(c.getValue().stability());
        }
    }

    @Test
    void theLearnersWeightsScheduleTheirAnswers() {
        simulated.write(me.id(), 150, 5, START, NOW, 6);
        String question = history.cards(me.id()).stream()
                .filter(c -> c.getState() == State.REVIEW)
                .findFirst()
                .orElseThrow()
                .getQuestionId();
        var defaults = study.item(question).orElseThrow().intervals();
        optimisations.start(me.id(), false);
        await(optimisations, me.id());
        var fitted = study.item(question).orElseThrow().intervals();
        assertThat(fitted).isNotEqualTo(defaults);
    }

    @Test
    void anotherLearnerIsRefusedAndAnAdminMayLook() {
        simulated.write(me.id(), 20, 5, START, NOW, 7);
        UserSummary other = users.create(Role.LEARNER);
        TestUsers.login(other);
        long mine = me.id();
        assertThatThrownBy(() -> models.status(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> optimisations.start(mine, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> optimisations.run(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> models.resetToDefaults(mine, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> models.recommendSteps(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> models.recomputeMemory(mine, List.of(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workload.workload(mine)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users.create(Role.ADMIN));
        assertThat(models.status(mine).reviews()).isPositive();
    }

    @Test
    void theWorkloadFallsWithLowerRetentionAndMarksTheLearnersOwn() {
        simulated.write(me.id(), 30, 5, START, NOW, 8);
        Workload w = workload.workload(me.id());
        assertThat(w.points()).hasSize(28);
        assertThat(w.points().get(0).retention()).isEqualTo(0.70);
        assertThat(w.points().get(27).retention()).isEqualTo(0.97);
        assertThat(w.points().get(27).reviewsPerDay())
                .isGreaterThan(w.points().get(0).reviewsPerDay());
        assertThat(w.points().get(27).memorised())
                .isGreaterThan(w.points().get(0).memorised());
        assertThat(w.currentRetention()).isEqualTo(0.90);
        assertThat(w.suggestedRetention()).isBetween(0.70, 0.97);
    }

    @Test
    void stepsAreSuggestedOnlyFromEnoughSameDayAnswers() {
        simulated.write(me.id(), 20, 5, START, NOW, 9);
        assertThat(models.recommendSteps(me.id()).isEmpty()).isTrue();
    }

    @Test
    void aLearnerWhoNeverOptimisedHasNoRunAndNothingToReset() {
        assertThat(optimisations.run(me.id())).isEmpty();
        assertThat(models.resetToDefaults(me.id(), false)).isZero();
        assertThat(models.status(me.id()).lastRun()).isNull();
        assertThat(models.status(me.id()).current()).isNull();
    }

    @Test
    void aFailedFitKeepsTheCurrentWeightsAndSaysSo() {
        simulated.write(me.id(), 150, 5, START, NOW, 10);
        optimisations.start(me.id(), false);
        assertThat(await(optimisations, me.id()).status()).isEqualTo(OptimisationStatus.IMPROVED);
        List<Double> fitted = models.status(me.id()).weights();
        Map<Long, Card> stored = cards();
        fitter.once((items, config, progress) -> {
            throw new IllegalStateException("out of memory, say");
        });

        optimisations.start(me.id(), true);
        OptimisationRun failed = await(optimisations, me.id());

        assertThat(failed.status()).isEqualTo(OptimisationStatus.FAILED);
        assertThat(failed.cardsUpdated()).isNull();
        assertThat(models.status(me.id()).weights()).isEqualTo(fitted);
        assertThat(models.status(me.id()).fitted()).isTrue();
        assertThat(cards()).isEqualTo(stored);
    }

    @Test
    void aFitThatOutlastsTheTimeoutIsStoppedAndKeepsTheDefaults() {
        simulated.write(me.id(), 150, 5, START, NOW, 11);
        fitter.once((items, config, progress) -> {
            clock.advance(Duration.ofMinutes(3));
            return FsrsOptimizer.optimize(items, config, progress);
        });

        optimisations.start(me.id(), false);
        OptimisationRun run = await(optimisations, me.id());

        assertThat(run.status()).isEqualTo(OptimisationStatus.TIMED_OUT);
        assertThat(models.status(me.id()).fitted()).isFalse();
        assertThat(memoryModels.weights(me.id())).isEqualTo(MemoryModels.defaults());
    }

    @Test
    void aSecondStartWhileOneRunsIsRefusedAndTheRunShowsItsProgress() throws Exception {
        simulated.write(me.id(), 150, 5, START, NOW, 12);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fitter.once((items, config, progress) -> {
            progress.update(50, 100);
            halfway.countDown();
            await(release);
            return FsrsOptimizer.optimize(items, config, progress);
        });
        try {
            optimisations.start(me.id(), false);
            assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
            OptimisationRun running = optimisations.run(me.id()).orElseThrow();
            assertThat(running.status()).isEqualTo(OptimisationStatus.RUNNING);
            assertThat(running.progress()).isBetween(0.4, 0.6);
            assertThat(models.status(me.id()).running()).isTrue();

            assertThatThrownBy(() -> optimisations.start(me.id(), false))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).fieldErrors())
                    .isEqualTo(Map.of("optimise", "memory.error.running"));
            assertThatThrownBy(() -> models.resetToDefaults(me.id(), false)).isInstanceOf(InvalidInputException.class);
        } finally {
            release.countDown();
        }
        assertThat(await(optimisations, me.id()).status()).isEqualTo(OptimisationStatus.IMPROVED);
    }

    @Test
    void aRunWhoseNodeStoppedAnsweringShowsAsFailedAndMayBeStartedAgain() throws Exception {
        simulated.write(me.id(), 150, 5, START, NOW, 13);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fitter.once((items, config, progress) -> {
            started.countDown();
            await(release);
            throw new IllegalStateException("the node is gone");
        });
        try {
            optimisations.start(me.id(), false);
            assertThat(started.await(60, TimeUnit.SECONDS))
                    .as("the fit started; the run: %s", optimisations.run(me.id()))
                    .isTrue();
            clock.advance(Duration.ofMinutes(4));
            assertThat(optimisations.run(me.id()).orElseThrow().status()).isEqualTo(OptimisationStatus.FAILED);

            optimisations.start(me.id(), false);
            assertThat(await(optimisations, me.id()).status()).isEqualTo(OptimisationStatus.IMPROVED);
        } finally {
            release.countDown();
        }
        Thread.sleep(200);
        assertThat(optimisations.run(me.id()).orElseThrow().status())
                .as("the stale run, ending late, changes nothing")
                .isEqualTo(OptimisationStatus.IMPROVED);
    }

    @Test
    void recomputingAfterAnImportGivesCardsStoredAsNewTheirHistory() {
        simulated.write(me.id(), 20, 5, START, NOW, 14);
        Map<Long, Card> replayed = cards();
        List<CardEntity> reset = history.cards(me.id());
        reset.forEach(c -> c.apply(Card.createNew(c.toCard().id(), START)));
        cardRepository.saveAll(reset);
        assertThat(cards().values()).allMatch(c -> c.state() == State.NEW);

        int changed = models.recomputeMemory(me.id(), List.of(), false);

        assertThat(changed).isEqualTo(replayed.size());
        assertThat(cards()).isEqualTo(replayed);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
