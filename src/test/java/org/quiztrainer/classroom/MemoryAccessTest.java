package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.grading.Response;
import org.quiztrainer.study.MemoryService;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Each learner's weakest questions, and who may ask for them. */
@AppTest
class MemoryAccessTest {

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
        now = Instant.parse("2026-06-01T09:00:00Z");
        clock.set(now);
        setup = classroom.create(1);
        TestUsers.login(setup.learner());
        classroom.studied(Classroom.TF, new Response.TrueFalse(false));
        classroom.studied(Classroom.SINGLE, classroom.oneWrong(Classroom.SINGLE));
        clock.advance(Duration.ofDays(3));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void theForgottenQuestionComesFirstThenTheRememberedOneThenUnseenOnes() {
        List<String> scope = List.of(Classroom.SHORT, Classroom.TF, Classroom.SINGLE, Classroom.MULTI);

        assertThat(memory.weakest(setup.learner().id(), scope, 3, clock.instant()))
                .containsExactly(Classroom.SINGLE, Classroom.TF, Classroom.SHORT);
        assertThat(memory.weakest(setup.learner().id(), scope, 0, clock.instant()))
                .isEmpty();
    }

    @Test
    void theirInstructorAndAdminsMayAskOtherInstructorsAndLearnersMayNot() {
        List<String> scope = List.of(Classroom.TF);
        TestUsers.login(setup.teacher());
        assertThat(memory.weakest(setup.learner().id(), scope, 1, clock.instant()))
                .containsExactly(Classroom.TF);
        TestUsers.login(classroom.users.create(Role.ADMIN));
        assertThat(memory.weakest(setup.learner().id(), scope, 1, clock.instant()))
                .containsExactly(Classroom.TF);

        TestUsers.login(classroom.users.create(Role.INSTRUCTOR));
        assertThatThrownBy(() -> memory.weakest(setup.learner().id(), scope, 1, clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(classroom.users.create(Role.LEARNER));
        assertThatThrownBy(() -> memory.weakest(setup.learner().id(), scope, 1, clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
