package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.classroom.LearnerAssignment.Status;
import org.quiztrainer.grading.Response;
import org.quiztrainer.study.MemoryService;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AppTest
class AttemptServiceTest {

    static final Duration SECONDS = Duration.ofSeconds(20);

    @Autowired
    AttemptService attempts;

    @Autowired
    LearnerAssignmentService learner;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptSweeper sweeper;

    @Autowired
    MemoryService memory;

    @Autowired
    StudyService study;

    @Autowired
    Classroom classroom;

    @Autowired
    TestClock clock;

    Classroom.Setup setup;
    Instant now;

    @BeforeEach
    void setUp() {
        now = Instant.parse("2026-05-04T09:00:00Z");
        clock.set(now);
        setup = classroom.create(2);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void answersAreSavedGradedAndResumedAndTheScoreIsTheMeanMark() {
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now));
        TestUsers.login(setup.learner());
        AttemptView v = attempts.start(a.id());

        Response.Choices rightAndWrong = Response.Choices.of(
                classroom.correct(Classroom.MULTI).get(0),
                classroom.wrong(Classroom.MULTI).get(0));
        SavedAnswer single = attempts.save(v.id(), Classroom.SINGLE, classroom.right(Classroom.SINGLE), SECONDS);
        attempts.save(v.id(), Classroom.MULTI, rightAndWrong, SECONDS);
        attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(true), SECONDS);
        attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS);

        assertThat(single.grade().score()).isEqualTo(1.0);
        AttemptView resumed = attempts.start(a.id());
        assertThat(resumed.id()).as("a second start resumes").isEqualTo(v.id());
        assertThat(resumed.answered()).isEqualTo(3);
        assertThat(resumed.items())
                .extracting(AttemptItem::saved)
                .containsExactly(classroom.right(Classroom.SINGLE), rightAndWrong, new Response.TrueFalse(false), null);
        AttemptView done = attempts.submit(v.id());
        assertThat(done.submitted()).isTrue();
        AttemptReview review = learner.review(v.id());
        assertThat(review.score())
                .as("(1 + 0 + 1 + 0) / 4: one right and one wrong tick score 0")
                .isEqualTo(0.5);
        assertThat(review.items()).extracting(ReviewItem::mark).containsExactly(1.0, 0.0, 1.0, 0.0);
        assertThatThrownBy(() -> attempts.save(v.id(), Classroom.SHORT, new Response.Text("LLM"), SECONDS))
                .isInstanceOf(AttemptClosedException.class);
    }

    @Test
    void theSubmittedAnswersEnterTheLearnersMemoryWhenTheAttemptIsSubmitted() {
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now));
        TestUsers.login(setup.learner());
        AttemptView v = attempts.start(a.id());

        attempts.save(v.id(), Classroom.SHORT, new Response.Text("大语言模型"), SECONDS);
        List<String> scope = List.of(Classroom.SINGLE, Classroom.SHORT);
        assertThat(memory.weakest(setup.learner().id(), scope, 1, now))
                .as("not yet: the attempt is in progress, so both are unseen")
                .containsExactly(Classroom.SINGLE);

        attempts.submit(v.id());

        assertThat(memory.weakest(setup.learner().id(), scope, 1, now))
                .as("the answered question comes before the unseen one")
                .containsExactly(Classroom.SHORT);
    }

    @Test
    void theAssignmentOpensAndClosesOnTime() {
        Assignment a = setup.assign(
                assignments,
                AssignmentSettings.of("Later", Classroom.FOUR, now.plusSeconds(600), now.plusSeconds(1200)));
        TestUsers.login(setup.learner());
        assertThat(learner.mine()).extracting(LearnerAssignment::status).containsExactly(Status.UPCOMING);
        assertThatThrownBy(() -> attempts.start(a.id())).isInstanceOf(AttemptClosedException.class);

        clock.advance(Duration.ofMinutes(10));
        assertThat(learner.mine()).extracting(LearnerAssignment::status).containsExactly(Status.OPEN);

        clock.advance(Duration.ofMinutes(10));
        assertThat(learner.mine()).extracting(LearnerAssignment::status).containsExactly(Status.MISSED);
        assertThatThrownBy(() -> attempts.start(a.id())).isInstanceOf(AttemptClosedException.class);
    }

    @Test
    void atTheTimeLimitTheAttemptIsSubmittedWithWhatWasSavedAndLaterAnswersAreRefused() {
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now).withTimeLimit(Duration.ofMinutes(10)));
        TestUsers.login(setup.learner());
        clock.advance(Duration.ofMinutes(5));
        AttemptView v = attempts.start(a.id());
        assertThat(v.deadline()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        attempts.save(v.id(), Classroom.SINGLE, classroom.right(Classroom.SINGLE), SECONDS);

        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS))
                .isInstanceOf(AttemptClosedException.class);

        AttemptView after = attempts.attempt(v.id());
        assertThat(after.submitted()).isTrue();
        assertThat(after.answered()).isEqualTo(1);
        assertThat(learner.review(v.id()).score()).isEqualTo(0.25);
        assertThat(learner.mine().get(0).status()).isEqualTo(Status.DONE);
    }

    @Test
    void theClosingTimeCutsATimeLimitShortAndTheSweepSubmitsAbandonedAttempts() {
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now).withTimeLimit(Duration.ofMinutes(30)));
        TestUsers.login(setup.learner());
        clock.advance(Duration.ofMinutes(50));
        AttemptView v = attempts.start(a.id());
        assertThat(v.deadline()).isEqualTo(now.plusSeconds(3600));
        attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS);
        TestUsers.logout();

        clock.advance(Duration.ofMinutes(11));
        assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);

        TestUsers.login(setup.learner());
        assertThat(learner.review(v.id()).score()).isEqualTo(0.25);
    }

    @Test
    void attemptsAreCountedAndAnExtensionGivesMoreAttemptsAndTime() {
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now));
        TestUsers.login(setup.learner());
        attempts.submit(attempts.start(a.id()).id());
        assertThatThrownBy(() -> attempts.start(a.id())).isInstanceOf(AttemptClosedException.class);

        TestUsers.login(setup.teacher());
        assignments.extend(a.id(), setup.learner().id(), now.plusSeconds(7200), 2);
        clock.advance(Duration.ofMinutes(90));

        TestUsers.login(setup.learner());
        LearnerAssignment mine = learner.mine().get(0);
        assertThat(mine.closesAt()).isEqualTo(now.plusSeconds(7200));
        assertThat(mine.attemptsAllowed()).isEqualTo(2);
        assertThat(attempts.start(a.id()).number()).isEqualTo(2);
        TestUsers.login(setup.learners().get(1));
        assertThatThrownBy(() -> attempts.start(a.id()))
                .as("no extension for the other learner")
                .isInstanceOf(AttemptClosedException.class);
    }

    @Test
    void theFourGradingMethods() {
        Map<GradingMethod, Double> expected = Map.of(
                GradingMethod.HIGHEST,
                0.75,
                GradingMethod.AVERAGE,
                0.5,
                GradingMethod.FIRST,
                0.25,
                GradingMethod.LAST,
                0.5);
        for (GradingMethod method : GradingMethod.values()) {
            Assignment a = setup.assign(
                    assignments, Classroom.fourQuestions(now).withAttempts(AssignmentSettings.UNLIMITED, method));
            TestUsers.login(setup.learner());
            attemptScoring(a, 1);
            attemptScoring(a, 3);
            attemptScoring(a, 2);
            LearnerAssignment mine = learner.mine().stream()
                    .filter(x -> x.assignmentId() == a.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(mine.grade()).as(method.name()).isCloseTo(expected.get(method), within(1e-9));
            assertThat(mine.attemptsUsed()).isEqualTo(3);
        }
    }

    private void attemptScoring(Assignment a, int right) {
        AttemptView v = attempts.start(a.id());
        List<Response> answers = List.of(
                classroom.right(Classroom.SINGLE), classroom.right(Classroom.MULTI), new Response.TrueFalse(false));
        for (int i = 0; i < right; i++) {
            attempts.save(v.id(), Classroom.FOUR.get(i), answers.get(i), SECONDS);
        }
        attempts.submit(v.id());
    }

    @Test
    void aLearnerActsOnlyOnTheirOwnAttemptsAndInTheirOwnClasses() {
        Assignment a = setup.assign(assignments, Classroom.fourQuestions(now));
        TestUsers.login(setup.learner());
        AttemptView v = attempts.start(a.id());

        TestUsers.login(setup.learners().get(1));
        assertThatThrownBy(() -> attempts.attempt(v.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learner.review(v.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(classroom.users.create(org.quiztrainer.account.Role.LEARNER));
        assertThatThrownBy(() -> attempts.start(a.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(setup.learner());
        assertThatThrownBy(() -> attempts.save(v.id(), "aigc-llm.bert-company", new Response.Text("x"), SECONDS))
                .as("a question not in the attempt")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.save(v.id(), Classroom.TF, new Response.Text("x"), SECONDS))
                .as("a response of the wrong kind")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void randomQuestionsAreTheSameForEveryAttemptOfALearner() {
        Assignment a = setup.assign(
                assignments,
                AssignmentSettings.of("Draw", List.of(), now, now.plusSeconds(3600))
                        .withAttempts(2, GradingMethod.LAST)
                        .withDrawn(3, Set.of("rnn"), Set.of(), 0));
        TestUsers.login(setup.learner());
        AttemptView first = attempts.start(a.id());
        attempts.submit(first.id());
        AttemptView second = attempts.start(a.id());

        assertThat(first.items()).hasSize(3);
        assertThat(second.items())
                .extracting(AttemptItem::questionId)
                .containsExactlyElementsOf(
                        first.items().stream().map(AttemptItem::questionId).toList());
        assertThat(first.items()).allMatch(i -> i.question().topicId().equals("rnn"));
    }

    @Test
    void eachLearnerGetsTheirOwnWeakestQuestions() {
        TestUsers.login(setup.learner());
        classroom.studied(Classroom.TF, new Response.TrueFalse(true));
        TestUsers.login(setup.learners().get(1));
        classroom.studied(Classroom.SHORT, new Response.Text("no idea"));
        clock.advance(Duration.ofDays(2));
        Assignment a = setup.assign(
                assignments,
                AssignmentSettings.of(
                                "Weakest",
                                List.of(),
                                clock.instant(),
                                clock.instant().plusSeconds(3600))
                        .withDrawn(0, Set.of("aigc-llm"), Set.of(), 1));

        TestUsers.login(setup.learner());
        assertThat(attempts.start(a.id()).items())
                .extracting(AttemptItem::questionId)
                .containsExactly(Classroom.TF);
        TestUsers.login(setup.learners().get(1));
        assertThat(attempts.start(a.id()).items())
                .extracting(AttemptItem::questionId)
                .containsExactly(Classroom.SHORT);
    }

    @Test
    void reviewAfterCloseIsClosedUntilTheAssignmentCloses() {
        Assignment a = setup.assign(
                assignments,
                Classroom.fourQuestions(now)
                        .withPresentation(
                                false,
                                false,
                                false,
                                new ReviewOptions(true, false, false, false, ReviewOptions.When.AFTER_CLOSE)));
        TestUsers.login(setup.learner());
        AttemptView v = attempts.start(a.id());
        assertThat(attempts.save(v.id(), Classroom.TF, new Response.TrueFalse(false), SECONDS)
                        .grade())
                .as("no immediate feedback")
                .isNull();
        attempts.submit(v.id());
        assertThat(learner.review(v.id()).available()).isFalse();

        clock.advance(Duration.ofHours(1));
        AttemptReview review = learner.review(v.id());
        assertThat(review.available()).isTrue();
        assertThat(review.score()).isEqualTo(0.25);
        assertThat(review.items()).allMatch(i -> i.response() == null && i.mark() == null && !i.showCorrect());
    }
}
