package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AppTest
class AssignmentServiceTest {

    @Autowired
    AssignmentService service;

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
        setup = classroom.create(1);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void everySettingIsStoredAndReadBack() {
        AssignmentSettings s = new AssignmentSettings(
                "RNN 小测",
                "Answer alone.",
                List.of(Classroom.SINGLE),
                3,
                Set.of("rnn"),
                Set.of("transformer"),
                2,
                now,
                now.plusSeconds(7200),
                Duration.ofMinutes(20),
                3,
                GradingMethod.AVERAGE,
                true,
                true,
                false,
                new ReviewOptions(true, false, false, true, ReviewOptions.When.AFTER_CLOSE));

        Assignment saved = service.create(setup.cls().id(), s);

        assertThat(service.get(saved.id()).settings())
                .as("stored with the bank of its topic made explicit")
                .isEqualTo(s.withBanks(Set.of(org.quiztrainer.bank.Bank.BUILT_IN)));
        assertThat(service.forClass(setup.cls().id()))
                .extracting(Assignment::id)
                .containsExactly(saved.id());
        assertThat(s.questionCount()).isEqualTo(6);
    }

    @Test
    void badSettingsAreRefusedFieldByField() {
        AssignmentSettings bad = new AssignmentSettings(
                "",
                "",
                List.of("aigc-llm.aigc-definition", "no.such"),
                -1,
                Set.of("no-topic"),
                Set.of(),
                0,
                now,
                now,
                Duration.ofSeconds(5),
                -2,
                GradingMethod.LAST,
                false,
                false,
                true,
                ReviewOptions.ALL);

        assertThatThrownBy(() -> service.create(setup.cls().id(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().keySet())
                                .contains(
                                        "title",
                                        "questionIds",
                                        "randomCount",
                                        "randomTopics",
                                        "closesAt",
                                        "timeLimit",
                                        "maxAttempts"));
    }

    @Test
    void onlyTheClassInstructorChangesItsAssignmentsAndGrantsExtensionsToMembers() {
        Assignment a = service.create(setup.cls().id(), Classroom.fourQuestions(now));
        Extension e = service.extend(a.id(), setup.learner().id(), now.plusSeconds(9000), 2);
        assertThat(service.extensions(a.id())).containsExactly(e);
        assertThatThrownBy(() -> service.extend(a.id(), setup.teacher().id(), null, 2))
                .isInstanceOf(AccessDeniedException.class);
        service.extend(a.id(), setup.learner().id(), null, null);
        assertThat(service.extensions(a.id())).isEmpty();

        TestUsers.login(classroom.users.create(Role.INSTRUCTOR));
        assertThatThrownBy(() -> service.get(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(a.id(), Classroom.fourQuestions(now)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(setup.cls().id(), Classroom.fourQuestions(now)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(setup.learner());
        assertThatThrownBy(() -> service.forClass(setup.cls().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.extend(a.id(), setup.learner().id(), null, 9))
                .isInstanceOf(AccessDeniedException.class);
    }
}
