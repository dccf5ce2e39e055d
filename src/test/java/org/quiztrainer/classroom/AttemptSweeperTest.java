package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.classroom.LearnerAssignment.Status;
import org.quiztrainer.grading.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads do not write, and the deadline sweep submits each due attempt exactly once even when two nodes
 * sweep at the same moment (here two threads: the claim is made in the database, not in the JVM).
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class AttemptSweeperTest {

    static final Duration SECONDS = Duration.ofSeconds(20);

    @Autowired
    AttemptService attempts;

    @Autowired
    LearnerAssignmentService learnerView;

    @Autowired
    GradebookService gradebook;

    @Autowired
    ItemAnalysisService analysis;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptSweeper sweeper;

    @Autowired
    Classroom classroom;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Instant now;

    @BeforeEach
    void start() {
        now = Instant.parse("2026-06-01T09:00:00Z");
        clock.set(now);
        sweepEverythingDueBefore();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void readsShowADueAttemptAsSubmittedWithoutWritingItUntilTheSweep() {
        Classroom.Setup setup = classroom.create(1);
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now).withTimeLimit(Duration.ofMinutes(10)));
        TestUsers.login(setup.learner());
        AttemptView v = attempts.start(a.id());
        attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS);
        Map<String, Object> before = row(v.id());
        clock.advance(Duration.ofMinutes(11));

        assertThat(learnerView.mine().get(0).status()).isEqualTo(Status.DONE);
        assertThat(learnerView.review(v.id()).score()).isEqualTo(0.25);
        TestUsers.login(setup.teacher());
        assertThat(gradebook.gradebook(setup.cls().id()).rows().get(0).grades()).containsExactly(0.25);
        AttemptSummary summary =
                gradebook.attempts(a.id(), setup.learner().id()).get(0);
        assertThat(summary.submittedAt()).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(summary.score()).isEqualTo(0.25);
        assertThat(gradebook.detail(v.id()).score()).isEqualTo(0.25);
        assertThat(analysis.analyse(a.id()).attempts()).isEqualTo(1);
        assertThat(row(v.id())).as("reads wrote nothing").isEqualTo(before);

        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(row(v.id()).get("submitted_at")).isNotNull();
        assertThat(version(v.id())).isEqualTo(version(before) + 1);
        assertThat(sweeper.sweep()).as("nothing left to do").isZero();
    }

    @Test
    void twoNodesSweepingAtOnceSubmitEveryDueAttemptOnceAndLeaveTheOthers(CapturedOutput log) throws Exception {
        Classroom.Setup setup = classroom.create(12);
        Assignment timed =
                setup.assign(assignments, Classroom.fourQuestions(now).withTimeLimit(Duration.ofMinutes(5)));
        Assignment open = setup.assign(
                assignments, AssignmentSettings.of("Later", Classroom.FOUR, now, now.plus(Duration.ofDays(1))));
        List<Long> due = new ArrayList<>();
        for (UserSummary learner : setup.learners()) {
            TestUsers.login(learner);
            due.add(attempts.start(timed.id()).id());
        }
        TestUsers.login(setup.learner());
        long notDue = attempts.start(open.id()).id();
        TestUsers.logout();
        clock.advance(Duration.ofMinutes(6));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> sweep = sweeper::sweep;
            List<Future<Integer>> runs = nodes.invokeAll(List.of(sweep, sweep));
            int total = runs.get(0).get() + runs.get(1).get();

            assertThat(total)
                    .as("each due attempt submitted by exactly one of the two")
                    .isEqualTo(due.size());
        } finally {
            nodes.shutdown();
        }
        for (long id : due) {
            assertThat(version(id)).as("attempt %d written once", id).isEqualTo(1);
            assertThat(row(id).get("submitted_at")).isNotNull();
            assertThat(log.getAll().lines().filter(l -> l.contains("Attempt " + id + " submitted at its deadline")))
                    .as("one line in the log for attempt %d", id)
                    .hasSize(1);
        }
        assertThat(row(notDue).get("submitted_at")).isNull();
        assertNoErrorIn(log);
    }

    @Test
    void aLearnerSubmittingWhileTheSweepSubmitsGetsOneResultAndNoError(CapturedOutput log) throws Exception {
        Classroom.Setup setup = classroom.create(6);
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now).withTimeLimit(Duration.ofMinutes(5)));
        List<Long> ids = new ArrayList<>();
        for (UserSummary learner : setup.learners()) {
            TestUsers.login(learner);
            AttemptView v = attempts.start(a.id());
            attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS);
            ids.add(v.id());
        }
        TestUsers.logout();
        clock.advance(Duration.ofMinutes(6));

        ExecutorService nodes = Executors.newFixedThreadPool(1 + ids.size());
        try {
            List<Callable<Object>> together = new ArrayList<>();
            together.add(() -> sweeper.sweep());
            for (int i = 0; i < ids.size(); i++) {
                UserSummary learner = setup.learners().get(i);
                long id = ids.get(i);
                together.add(() -> {
                    TestUsers.login(learner);
                    try {
                        return attempts.submit(id);
                    } finally {
                        TestUsers.logout();
                    }
                });
            }
            for (Future<Object> f : nodes.invokeAll(together)) {
                Object result = f.get();
                if (result instanceof AttemptView v) {
                    assertThat(v.submitted())
                            .as("the learner sees their attempt submitted")
                            .isTrue();
                }
            }
        } finally {
            nodes.shutdown();
        }
        for (long id : ids) {
            assertThat(version(id)).as("attempt %d submitted once", id).isEqualTo(1);
            assertThat(row(id).get("score")).isEqualTo(0.25);
        }
        assertThat(sweeper.sweep()).isZero();
        assertNoErrorIn(log);
    }

    @Test
    void twoSubmitsOfOneAttemptAtTheSameMomentGiveOneResultAndNoError(CapturedOutput log) throws Exception {
        Classroom.Setup setup = classroom.create(1);
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now));
        UserSummary learner = setup.learner();
        TestUsers.login(learner);
        AttemptView v = attempts.start(a.id());
        attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS);

        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            Callable<AttemptView> submit = () -> {
                TestUsers.login(learner);
                return attempts.submit(v.id());
            };
            List<Future<AttemptView>> both = tabs.invokeAll(List.of(submit, submit));
            AttemptView first = both.get(0).get();
            AttemptView second = both.get(1).get();
            assertThat(first.submitted()).isTrue();
            assertThat(second.submitted()).isTrue();
        } finally {
            tabs.shutdown();
        }
        assertThat(version(v.id())).as("submitted once").isEqualTo(1);
        TestUsers.login(learner);
        assertThat(learnerView.review(v.id()).score()).isEqualTo(0.25);
        assertNoErrorIn(log);
    }

    /** Nothing logged an error or a warning, and no exception was printed. */
    private static void assertNoErrorIn(CapturedOutput log) {
        assertThat(log.getAll().lines())
                .as("the log")
                .noneMatch(l -> l.contains(" ERROR ") || l.contains(" WARN ") || l.contains("Exception"));
    }

    private void sweepEverythingDueBefore() {
        sweeper.sweep();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT submitted_at, score, version FROM attempt WHERE id = ?", id);
    }

    private long version(long id) {
        return version(row(id));
    }

    private static long version(Map<String, Object> row) {
        return ((Number) row.get("version")).longValue();
    }
}
