package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AppTest
class ClassServiceTest {

    @Autowired
    ClassService service;

    @Autowired
    TestUsers users;

    UserSummary teacher;
    UserSummary other;
    UserSummary learner;
    ClassSummary rnn;

    @BeforeEach
    void setUp() {
        teacher = users.create(Role.INSTRUCTOR);
        other = users.create(Role.INSTRUCTOR);
        learner = users.create(Role.LEARNER);
        TestUsers.login(teacher);
        rnn = service.create("RNN 入门");
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aClassGetsAnUnambiguousEightCharacterCodeThatLearnersJoinWith() {
        assertThat(rnn.joinCode()).hasSize(8).matches("[" + JoinCodes.ALPHABET + "]{8}");
        TestUsers.login(learner);

        ClassSummary joined =
                service.join(" " + rnn.joinCode().toLowerCase(Locale.ROOT).substring(0, 4) + "-"
                        + rnn.joinCode().substring(4) + " ");

        assertThat(joined.id()).isEqualTo(rnn.id());
        assertThat(joined.joinCode()).as("learners do not see the code").isNull();
        assertThat(service.classes()).extracting(ClassSummary::id).containsExactly(rnn.id());
        service.join(rnn.joinCode());
        TestUsers.login(teacher);
        assertThat(service.members(rnn.id())).extracting(Member::username).containsExactly(learner.username());
    }

    @Test
    void aLearnerCanBeInSeveralClasses() {
        TestUsers.login(other);
        ClassSummary second = service.create("Transformer");
        TestUsers.login(learner);
        service.join(rnn.joinCode());
        service.join(second.joinCode());

        assertThat(service.classes()).extracting(ClassSummary::name).containsExactly("RNN 入门", "Transformer");
    }

    @Test
    void aWrongCodeOrClosedJoiningIsRefused() {
        service.setJoiningOpen(rnn.id(), false);
        TestUsers.login(learner);

        assertThatThrownBy(() -> service.join("ZZZZZZZZ"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("code", "class.error.code"));
        assertThatThrownBy(() -> service.join(rnn.joinCode()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("code", "class.error.closed"));
    }

    @Test
    void theInstructorRemovesAMemberAndTheClassDisappearsForThem() {
        TestUsers.login(learner);
        service.join(rnn.joinCode());
        TestUsers.login(teacher);

        service.removeMember(rnn.id(), learner.id());

        assertThat(service.members(rnn.id())).isEmpty();
        TestUsers.login(learner);
        assertThat(service.classes()).isEmpty();
        assertThatThrownBy(() -> service.get(rnn.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherInstructorCannotSeeOrChangeTheClass() {
        TestUsers.login(other);

        assertThat(service.classes()).isEmpty();
        assertThatThrownBy(() -> service.get(rnn.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.members(rnn.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setJoiningOpen(rnn.id(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.removeMember(rnn.id(), learner.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void membersSeeTheClassButNotItsMembersAndLearnersCannotCreateOne() {
        TestUsers.login(learner);
        service.join(rnn.joinCode());

        assertThat(service.get(rnn.id()).managed()).isFalse();
        assertThatThrownBy(() -> service.members(rnn.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create("mine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminSeesAndManagesEveryClass() {
        TestUsers.login(users.create(Role.ADMIN));

        assertThat(service.classes()).extracting(ClassSummary::id).contains(rnn.id());
        assertThat(service.setJoiningOpen(rnn.id(), false).joiningOpen()).isFalse();
        assertThat(service.get(rnn.id()).joinCode()).isEqualTo(rnn.joinCode());
    }

    @Test
    void aBlankOrOverlongNameIsRefused() {
        assertThatThrownBy(() -> service.create("  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.create("x".repeat(121))).isInstanceOf(InvalidInputException.class);
    }
}
