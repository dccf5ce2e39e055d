package org.quiztrainer.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The dashboard of a learner who studied through the real study service, and nobody else's. */
@AppTest
class ProgressServiceTest {

    static final StudyScope RNN = new StudyScope(Set.of("rnn"), Set.of());

    @Autowired
    ProgressService progress;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    UserSummary me;
    String first;

    @BeforeEach
    void twoDaysOfStudy() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        me = users.create(Role.LEARNER);
        TestUsers.login(me);
        first = answer(study.next(RNN).orElseThrow(), Rating.EASY, ReviewSource.STUDY);
        answer(study.next(RNN).orElseThrow(), Rating.EASY, ReviewSource.STUDY);
        clock.set(Instant.parse("2026-03-03T10:00:00Z"));
        answer(study.item(first).orElseThrow(), Rating.AGAIN, ReviewSource.PRACTICE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    String answer(StudyItem item, Rating rating, ReviewSource source) {
        study.answer(new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                rating,
                Optional.empty(),
                Duration.ofSeconds(5),
                source));
        return item.questionId();
    }

    @Test
    void theDashboardShowsTodayTheStreakTheCalendarAndRetention() {
        Dashboard d = progress.dashboard();
        // Settings are the defaults: UTC, days start at 04:00. Today is the 3rd: one answer to one card.
        assertThat(d.today()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(d.summary().reviewsToday()).isEqualTo(1);
        assertThat(d.summary().studiedToday()).isEqualTo(1);
        assertThat(d.summary().streak()).isEqualTo(2);
        assertThat(d.calendar())
                .containsExactly(new DayCount(LocalDate.of(2026, 3, 2), 2), new DayCount(LocalDate.of(2026, 3, 3), 1));
        // The third answer was to a card in Review, young, and failed: 0 of 1.
        assertThat(d.retention().get(0).young()).isEqualTo(new RetentionFigure(0, 1));
        assertThat(d.retention().get(0).mature().total()).isZero();
        // Easy graduates a new card at once; Again sends it to relearning.
        assertThat(d.states().review()).isEqualTo(1);
        assertThat(d.states().relearning()).isEqualTo(1);
        assertThat(d.accuracy().stream().mapToInt(TypeAccuracy::total).sum()).isEqualTo(3);
        assertThat(d.forecast()).hasSize(ProgressService.FORECAST_DAYS);
        assertThat(d.forecast().stream().mapToInt(DayCount::count).sum()).isEqualTo(2);
        TopicMastery rnn = d.topics().stream()
                .filter(t -> t.topicId().equals("rnn"))
                .findFirst()
                .orElseThrow();
        assertThat(rnn.learned()).isEqualTo(1);
        assertThat(rnn.recallNow()).isGreaterThan(0).isLessThan(1);
        assertThat(rnn.recallWeek()).isLessThan(rnn.recallNow());
    }

    @Test
    void theTopicListsItsWeakestQuestionsAndAQuestionItsHistory() {
        TopicProgress rnn = progress.topic("rnn");
        assertThat(rnn.questions()).hasSize(rnn.mastery().questions());
        // The card answered yesterday has R(1 day) < 1; the one forgotten a moment ago is back at R = 1.
        assertThat(rnn.questions().get(0).questionId()).isNotEqualTo(first);
        assertThat(rnn.questions().get(0).recallNow()).isLessThan(1);
        assertThat(rnn.questions().get(1).questionId()).isEqualTo(first);
        assertThat(rnn.questions().get(2).state()).isEqualTo(State.NEW);

        QuestionHistory history = progress.question(first);
        assertThat(history.reviews())
                .extracting(ReviewEntry::source)
                .containsExactly(ReviewSource.STUDY, ReviewSource.PRACTICE);
        assertThat(history.reviews().get(1).rating()).isEqualTo(1);
        assertThat(history.question().state()).isEqualTo(State.RELEARNING);
        assertThat(history.curve().get(0).recall()).isEqualTo(1.0);

        assertThatThrownBy(() -> progress.topic("no-such-topic")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> progress.question("no.such")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherLearnerSeesOnlyTheirOwnProgressAndStrangersNone() {
        TestUsers.login(users.create(Role.LEARNER));
        Dashboard other = progress.dashboard();
        assertThat(other.calendar()).isEmpty();
        assertThat(other.summary().streak()).isZero();
        assertThat(other.states().review() + other.states().relearning()).isZero();
        assertThat(progress.question(first).reviews()).isEmpty();

        TestUsers.logout();
        assertThatThrownBy(() -> progress.dashboard()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
