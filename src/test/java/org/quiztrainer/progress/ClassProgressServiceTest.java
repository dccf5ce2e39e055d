package org.quiztrainer.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The class matrix for the class's instructor, on a class where one learner studied and one did not. */
@AppTest
class ClassProgressServiceTest {

    @Autowired
    ClassProgressService progress;

    @Autowired
    Classroom classroom;

    @Autowired
    AssignmentService assignments;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void theInstructorSeesEveryLearnerAndThoseAtRiskFirst() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        Classroom.Setup s = classroom.create(2);
        s.assign(assignments, Classroom.fourQuestions(clock.instant()));
        TestUsers.login(s.learner());
        for (String q : Classroom.FOUR) {
            StudyItem item = study.item(q).orElseThrow();
            study.answer(new AnswerCommand(
                    q,
                    item.cardVersion(),
                    item.requestId(),
                    Rating.EASY,
                    Optional.empty(),
                    Duration.ofSeconds(5),
                    ReviewSource.STUDY));
        }
        clock.set(Instant.parse("2026-03-03T10:00:00Z"));
        TestUsers.login(s.teacher());

        ClassProgress m = progress.matrix(s.cls().id());

        assertThat(m.learners()).hasSize(2);
        LearnerProgress idle = m.learners().get(0);
        LearnerProgress keen = m.learners().get(1);
        // The learner who never studied: recall 0 on the four assigned questions, and no answer this week.
        assertThat(idle.learnerId()).isEqualTo(s.learners().get(1).id());
        assertThat(idle.lowRecall()).isTrue();
        assertThat(idle.inactive()).isTrue();
        assertThat(idle.lastAnswer()).isNull();
        // Four Easy answers a day ago: R(1 day) of an Easy first answer is well above 0.6.
        assertThat(keen.atRisk()).isFalse();
        assertThat(keen.answersWeek()).isEqualTo(4);
        assertThat(keen.assignedRecall()).isGreaterThan(0.9);
        assertThat(keen.recallNow()).hasSameSizeAs(m.topics());
        assertThat(m.items())
                .extracting(ItemForgetting::questionId)
                .containsExactlyInAnyOrderElementsOf(Classroom.FOUR);
        assertThat(m.items()).allSatisfy(i -> assertThat(i.lapses()).isZero());

        String csv = progress.csv(s.cls().id(), key -> key, t -> t.topicId());
        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
        assertThat(csv.split("\r\n")).hasSize(3);
    }

    @Test
    void onlyTheClassInstructorAndAdminsMayRead() {
        Classroom.Setup s = classroom.create(1);
        long id = s.cls().id();
        assertThat(progress.matrix(id).learners()).hasSize(1);

        TestUsers.login(users.create(Role.INSTRUCTOR));
        assertThatThrownBy(() -> progress.matrix(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.matrix(id + 100_000)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(s.learner());
        assertThatThrownBy(() -> progress.matrix(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.csv(id, k -> k, t -> t.topicId())).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users.create(Role.ADMIN));
        assertThat(progress.matrix(id).learners()).hasSize(1);
    }
}
