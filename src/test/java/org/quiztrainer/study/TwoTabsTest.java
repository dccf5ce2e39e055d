package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.srs.Rating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two tabs of one learner answering the same new card at the same instant: counted once, the other told
 * (also when the database makes the second wait for the first and gives up: a lock timeout is no error page).
 */
@AppTest
@StudyBank
class TwoTabsTest {

    static final int ROUNDS = 20;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    @Autowired
    ReviewLogRepository logs;

    @Autowired
    CardRepository cards;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void anAnswerWhileAnotherTabIsStillWritingTheSameNewCardIsToldSoInsteadOfFailing() throws Exception {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        UserSummary learner = users.create(Role.LEARNER);
        TestUsers.login(learner);
        StudyItem shown = study.next(StudyScope.WHOLE_BANK).orElseThrow();
        CountDownLatch writing = new CountDownLatch(1);
        Thread otherTab = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update(
                    "insert into study_card (learner_id, question_id, seen_revision, state, step, stability, "
                            + "difficulty, due, elapsed_days, scheduled_days, reps, lapses) "
                            + "values (?, ?, 1, 'NEW', 0, 0, 0, ?, 0, 0, 0, 0)",
                    learner.id(),
                    shown.questionId(),
                    java.sql.Timestamp.from(clock.instant()));
            writing.countDown();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            status.setRollbackOnly();
        }));
        otherTab.start();
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

        String outcome;
        try {
            study.answer(new AnswerCommand(
                    shown.questionId(),
                    null,
                    shown.requestId(),
                    Rating.GOOD,
                    Optional.empty(),
                    Duration.ofSeconds(3),
                    ReviewSource.STUDY));
            outcome = "recorded";
        } catch (StaleAnswerException e) {
            outcome = "stale";
        } finally {
            otherTab.join();
        }

        assertThat(outcome)
                .as("told the card is being answered elsewhere (or, if the database waited, recorded), never an error")
                .isIn("recorded", "stale");
        assertThat(logs.findSince(learner.id(), Instant.EPOCH)).hasSize("recorded".equals(outcome) ? 1 : 0);
    }

    @Test
    void theFirstAnswerCountsAndTheOtherTabIsToldItWasAnsweredThere() throws Exception {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                UserSummary learner = users.create(Role.LEARNER);
                TestUsers.login(learner);
                StudyItem shownInA = study.next(StudyScope.WHOLE_BANK).orElseThrow();
                StudyItem shownInB = study.next(StudyScope.WHOLE_BANK).orElseThrow();
                assertThat(shownInB.questionId()).isEqualTo(shownInA.questionId());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (StudyItem shown : List.of(shownInA, shownInB)) {
                    outcomes.add(tabs.submit(() -> {
                        TestUsers.login(learner);
                        together.await(5, TimeUnit.SECONDS);
                        try {
                            study.answer(new AnswerCommand(
                                    shown.questionId(),
                                    null,
                                    shown.requestId(),
                                    Rating.GOOD,
                                    Optional.empty(),
                                    Duration.ofSeconds(3),
                                    ReviewSource.STUDY));
                            return "recorded";
                        } catch (StaleAnswerException e) {
                            return "stale";
                        } finally {
                            TestUsers.logout();
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(results).as("round " + round).containsExactlyInAnyOrder("recorded", "stale");
                assertThat(logs.findSince(learner.id(), Instant.EPOCH)).hasSize(1);
                assertThat(cards.findByLearnerIdAndQuestionId(learner.id(), shownInA.questionId())
                                .orElseThrow()
                                .toCard()
                                .reps())
                        .isEqualTo(1);
            }
        } finally {
            tabs.shutdownNow();
        }
    }
}
