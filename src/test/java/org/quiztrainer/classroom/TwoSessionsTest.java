package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.classroom.AttemptClosedException.Reason;
import org.quiztrainer.grading.Response;
import org.springframework.beans.factory.annotation.Autowired;

/** One attempt open in two sessions: nothing lost or overwritten silently, and each told what happened. */
@AppTest
class TwoSessionsTest {

    static final Duration TIME = Duration.ofSeconds(10);

    @Autowired
    AttemptService attempts;

    @Autowired
    AssignmentService assignments;

    @Autowired
    Classroom classroom;

    @Autowired
    TestClock clock;

    Classroom.Setup setup;
    Instant now;

    @BeforeEach
    void setUp() {
        now = Instant.parse("2026-05-11T09:00:00Z");
        clock.set(now);
        setup = classroom.create(1);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private AttemptView open() {
        Assignment a = setup.assign(
                assignments, Classroom.fourQuestions(now).withPresentation(false, false, false, ReviewOptions.ALL));
        TestUsers.login(setup.learner());
        return attempts.start(a.id());
    }

    private static AttemptItem item(AttemptView v, String questionId) {
        return v.items().stream()
                .filter(i -> i.questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStaleSessionCannotOverwriteAnAnswerGivenInTheOtherAndSeesTheCurrentOne() {
        AttemptView inA = open();
        AttemptView inB = attempts.attempt(inA.id());
        attempts.save(inB.id(), Classroom.TF, new Response.TrueFalse(true), TIME, null);

        assertThatThrownBy(() -> attempts.save(inA.id(), Classroom.TF, new Response.TrueFalse(false), TIME, null))
                .isInstanceOf(AnswerConflictException.class);

        AttemptView fresh = attempts.attempt(inA.id());
        AttemptItem current = item(fresh, Classroom.TF);
        assertThat(current.saved()).as("B's answer stands").isEqualTo(new Response.TrueFalse(true));
        SavedAnswer replaced =
                attempts.save(inA.id(), Classroom.TF, new Response.TrueFalse(false), TIME, current.version());
        assertThat(item(attempts.attempt(inA.id()), Classroom.TF).saved()).isEqualTo(new Response.TrueFalse(false));
        assertThatThrownBy(() ->
                        attempts.save(inB.id(), Classroom.TF, new Response.TrueFalse(true), TIME, current.version()))
                .as("B now holds the older version")
                .isInstanceOf(AnswerConflictException.class);
        assertThat(replaced.version()).isGreaterThan(current.version());
    }

    @Test
    void twoSessionsAnsweringAQuestionFirstAtTheSameMomentKeepOneAndTellTheOther() throws Exception {
        ExecutorService sessions = Executors.newFixedThreadPool(2);
        UserSummary learner = setup.learner();
        try {
            for (int round = 0; round < 4; round++) {
                AttemptView v = open();
                for (String question : List.of(Classroom.TF, Classroom.SHORT)) {
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<Response>> outcomes = new ArrayList<>();
                    for (Response r : answers(question)) {
                        outcomes.add(sessions.submit(() -> {
                            TestUsers.login(learner);
                            together.await(5, TimeUnit.SECONDS);
                            try {
                                attempts.save(v.id(), question, r, TIME, null);
                                return r;
                            } catch (AnswerConflictException e) {
                                return null;
                            } finally {
                                TestUsers.logout();
                            }
                        }));
                    }
                    List<Response> saved = new ArrayList<>();
                    for (Future<Response> f : outcomes) {
                        Response r = f.get(30, TimeUnit.SECONDS);
                        if (r != null) {
                            saved.add(r);
                        }
                    }
                    TestUsers.login(learner);
                    assertThat(saved).as("round " + round + " " + question).hasSize(1);
                    assertThat(item(attempts.attempt(v.id()), question).saved())
                            .as("the answer kept is the one its session was told was saved")
                            .isEqualTo(saved.get(0));
                }
                attempts.submit(v.id());
            }
        } finally {
            sessions.shutdownNow();
        }
    }

    private static List<Response> answers(String question) {
        return Classroom.TF.equals(question)
                ? List.of(new Response.TrueFalse(true), new Response.TrueFalse(false))
                : List.of(new Response.Text("large language model"), new Response.Text("no idea"));
    }

    @Test
    void aSessionWhoseAttemptWasSubmittedInTheOtherIsToldSoAndNotThatTimeIsUp() {
        AttemptView v = open();
        attempts.submit(v.id());

        assertThatThrownBy(() -> attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(true), TIME, null))
                .isInstanceOfSatisfying(
                        AttemptClosedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SUBMITTED));
    }

    @Test
    void anAnswerAfterTheDeadlineIsToldTimeIsUp() {
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now).withTimeLimit(Duration.ofMinutes(5)));
        TestUsers.login(setup.learner());
        AttemptView v = attempts.start(a.id());
        clock.advance(Duration.ofMinutes(6));

        assertThatThrownBy(() -> attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(true), TIME, null))
                .isInstanceOfSatisfying(
                        AttemptClosedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIME_UP));
        assertThat(attempts.attempt(v.id()).submitted())
                .as("the deadline's submission was kept")
                .isTrue();
    }
}
