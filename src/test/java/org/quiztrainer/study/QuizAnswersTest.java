package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.AttemptItem;
import org.quiztrainer.classroom.AttemptService;
import org.quiztrainer.classroom.AttemptView;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.classroom.ReviewOptions;
import org.quiztrainer.grading.Response;
import org.quiztrainer.progress.ProgressService;
import org.quiztrainer.progress.ReviewEntry;
import org.quiztrainer.progress.TypeAccuracy;
import org.quiztrainer.srs.Rating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quiz answers and the memory model: while an attempt is in progress its questions are neither served nor
 * checked nor shown with their key; the answer submitted enters the memory once, at submission; what the
 * learner sees of it follows the assignment's review options; a conflict with the learner's studying never
 * costs a quiz answer.
 */
@AppTest
class QuizAnswersTest {

    static final Duration TIME = Duration.ofSeconds(20);
    static final StudyScope TOPIC = new StudyScope(Set.of("aigc-llm"), Set.of());
    static final ReviewOptions AFTER_CLOSE = new ReviewOptions(true, true, true, true, ReviewOptions.When.AFTER_CLOSE);

    @Autowired
    AttemptService attempts;

    @Autowired
    AssignmentService assignments;

    @Autowired
    StudyService study;

    @Autowired
    StudySettingsService settings;

    @Autowired
    BankService bank;

    @Autowired
    ProgressService progress;

    @Autowired
    QuizMemoryRecorder recorder;

    @Autowired
    Classroom classroom;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Classroom.Setup setup;
    Instant now;

    @BeforeEach
    void setUp() {
        now = Instant.parse("2026-05-04T09:00:00Z");
        clock.set(now);
        setup = classroom.create(1);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private Assignment quiz(boolean immediateFeedback, ReviewOptions review) {
        return setup.assign(
                assignments, Classroom.fourQuestions(now).withPresentation(false, false, immediateFeedback, review));
    }

    private AttemptView start(Assignment a) {
        TestUsers.login(setup.learner());
        settings.save(new StudySettings(
                0.9,
                9999,
                9999,
                StudySettings.parseSteps("1m 10m"),
                StudySettings.parseSteps("10m"),
                4,
                java.time.ZoneOffset.UTC));
        return attempts.start(a.id());
    }

    private void save(AttemptView v, String questionId, Response response) {
        AttemptView now = attempts.attempt(v.id());
        Long version = now.items().stream()
                .filter(i -> i.questionId().equals(questionId))
                .findFirst()
                .map(AttemptItem::version)
                .orElse(null);
        attempts.save(v.id(), questionId, response, TIME, version);
    }

    private List<ReviewEntry> quizEntries(String questionId) {
        return progress.question(questionId).reviews().stream()
                .filter(r -> r.source() == ReviewSource.QUIZ)
                .toList();
    }

    @Test
    void whileAnAttemptIsInProgressItsQuestionsAreNeitherServedNorCheckedNorShownWithTheirKey() {
        AttemptView v = start(quiz(false, AFTER_CLOSE));
        save(v, Classroom.TF, new Response.TrueFalse(true));
        Set<String> four = Set.copyOf(Classroom.FOUR);
        QuestionFilter topic =
                new QuestionFilter(Optional.of("aigc-llm"), Optional.empty(), Optional.empty(), Optional.empty());
        long inTopic = bank.count(topic);

        assertThat(study.item(Classroom.TF)).isEmpty();
        assertThatThrownBy(() -> study.check(Classroom.TF, new Response.TrueFalse(false), TIME))
                .isInstanceOf(InvalidInputException.class);
        assertThat(study.practice(TOPIC, 50, 1)).hasSize((int) inTopic - 4).doesNotContainAnyElementsOf(four);
        assertThat(study.counts(TOPIC).newCards()).isEqualTo(inTopic - 4);
        Set<String> served = new HashSet<>();
        for (Optional<StudyItem> next = study.next(TOPIC); next.isPresent(); next = study.next(TOPIC)) {
            served.add(next.get().questionId());
            answerEasy(next.get());
        }
        assertThat(served).hasSize((int) inTopic - 4).doesNotContainAnyElementsOf(four);

        assertThat(bank.preview(Classroom.TF)).as("not even the question").isEmpty();
        assertThat(bank.browse(topic, 0, 100))
                .extracting(QuestionSummary::id)
                .hasSize((int) inTopic - 4)
                .doesNotContainAnyElementsOf(four);
        assertThat(bank.browseCount(topic)).isEqualTo(inTopic - 4);
        assertThat(progress.question(Classroom.TF).reviews())
                .as("nothing recorded yet")
                .isEmpty();

        TestUsers.login(setup.teacher());
        assertThat(bank.preview(Classroom.TF).orElseThrow().keyShown())
                .as("the instructor sees it all")
                .isTrue();
    }

    @Test
    void theAnswerSubmittedEntersTheMemoryOnceWhenTheAttemptIsSubmitted() {
        AttemptView v = start(quiz(false, ReviewOptions.ALL));
        save(v, Classroom.TF, new Response.TrueFalse(true));
        save(v, Classroom.TF, new Response.TrueFalse(false));
        assertThat(quizEntries(Classroom.TF)).as("nothing before submitting").isEmpty();

        attempts.submit(v.id());
        attempts.submit(v.id());
        recorder.catchUp();

        List<ReviewEntry> entries = quizEntries(Classroom.TF);
        assertThat(entries).as("the submitted answer, once").hasSize(1);
        assertThat(entries.get(0).withheld()).isFalse();
        assertThat(entries.get(0).rating())
                .as("the right answer submitted, not the wrong one before it")
                .isGreaterThan(Rating.AGAIN.grade());
        assertThat(quizEntries(Classroom.MULTI))
                .as("an unanswered question is not recorded")
                .isEmpty();
        assertThat(study.item(Classroom.TF))
                .as("studied again after the review opened")
                .isPresent();
    }

    @Test
    void whileTheReviewIsClosedTheMarkStaysHiddenAndTheQuestionHeldUntilTheAssignmentCloses() {
        AttemptView v = start(quiz(false, AFTER_CLOSE));
        save(v, Classroom.TF, new Response.TrueFalse(true));
        attempts.submit(v.id());

        List<ReviewEntry> entries = quizEntries(Classroom.TF);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).withheld()).isTrue();
        assertThat(entries.get(0).rating()).isZero();
        assertThat(entries.get(0).stability()).isZero();
        assertThat(progress.question(Classroom.TF).question().reps())
                .as("the memory as it was before the quiz")
                .isZero();
        assertThat(progress.dashboard().accuracy())
                .extracting(TypeAccuracy::type)
                .doesNotContain(org.quiztrainer.bank.QuestionType.TRUE_FALSE);
        assertThat(study.item(Classroom.TF)).isEmpty();
        assertThat(bank.preview(Classroom.TF)).isEmpty();

        clock.advance(Duration.ofHours(2));

        ReviewEntry shown = quizEntries(Classroom.TF).get(0);
        assertThat(shown.withheld()).isFalse();
        assertThat(shown.rating()).as("a wrong answer is Again").isEqualTo(Rating.AGAIN.grade());
        assertThat(progress.dashboard().accuracy())
                .extracting(TypeAccuracy::type)
                .contains(org.quiztrainer.bank.QuestionType.TRUE_FALSE);
        assertThat(study.item(Classroom.TF)).isPresent();
        assertThat(bank.preview(Classroom.TF).orElseThrow().keyShown())
                .as("answered, so the key shows")
                .isTrue();
    }

    @Test
    void withImmediateFeedbackAnAnswerFoundAfterAWrongVerdictIsRecordedAsAgain() {
        AttemptView v = start(quiz(true, ReviewOptions.ALL));
        save(v, Classroom.TF, new Response.TrueFalse(true));
        save(v, Classroom.TF, new Response.TrueFalse(false));
        save(v, Classroom.SHORT, new Response.Text("大语言模型"));
        attempts.submit(v.id());

        assertThat(quizEntries(Classroom.TF))
                .extracting(ReviewEntry::rating)
                .as("right only after seeing it was wrong")
                .containsExactly(Rating.AGAIN.grade());
        assertThat(quizEntries(Classroom.SHORT))
                .extracting(ReviewEntry::rating)
                .as("right at once")
                .allMatch(r -> r > Rating.AGAIN.grade())
                .hasSize(1);
    }

    @Test
    void aConflictWithTheLearnersCardNeverCostsAQuizAnswer() throws Exception {
        TestUsers.login(setup.learner());
        classroom.studied(Classroom.TF, new Response.TrueFalse(false));
        clock.advance(Duration.ofMinutes(5));
        AttemptView v = start(quiz(false, ReviewOptions.ALL));
        long learner = setup.learner().id();
        CountDownLatch locked = new CountDownLatch(1);
        Thread holder = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.queryForList(
                    "select id from study_card where learner_id = ? and question_id = ? for update",
                    learner,
                    Classroom.TF);
            locked.countDown();
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        save(v, Classroom.TF, new Response.TrueFalse(false));
        attempts.submit(v.id());
        holder.join();
        recorder.catchUp();

        AttemptView done = attempts.attempt(v.id());
        assertThat(done.submitted()).isTrue();
        assertThat(done.items())
                .filteredOn(i -> i.questionId().equals(Classroom.TF))
                .extracting(AttemptItem::saved)
                .containsExactly(new Response.TrueFalse(false));
        assertThat(quizEntries(Classroom.TF))
                .as("recorded once, when the card was free")
                .hasSize(1);
    }

    private void answerEasy(StudyItem item) {
        study.answer(new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                Rating.EASY,
                Optional.empty(),
                Duration.ofSeconds(3),
                ReviewSource.STUDY));
    }
}
