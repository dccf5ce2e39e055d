package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Who may see what of the bank, for every role on every method a view may call: anyone logged in browses,
 * a learner sees a question's key only once they answered it, exports and the load report are not theirs.
 * (What a quiz holds back from a learner is tested with the quizzes: study.QuizAnswersTest.)
 */
@BankAppTest
class BankAccessTest {

    static final String TF = "basics.tf";

    @Autowired
    BankService bank;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void nobodyBrowsesWithoutLoggingIn() {
        TestUsers.logout();
        assertThatThrownBy(() -> bank.browse(QuestionFilter.ALL, 0, 10)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bank.browseCount(QuestionFilter.ALL)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bank.preview(TF)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bank.export(QuestionFilter.ALL)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bank.topics()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bank.tags()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bank.reload()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bank.lastReport()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aLearnerBrowsesEverythingButSeesAKeyOnlyOnceTheyAnsweredAndNeverExports() {
        TestUsers.login(users.create(Role.LEARNER));

        assertThat(bank.browseCount(QuestionFilter.ALL)).isEqualTo(bank.count(QuestionFilter.ALL));
        BrowsedQuestion unanswered = bank.preview(TF).orElseThrow();
        assertThat(unanswered.keyShown()).isFalse();
        assertThat(unanswered.answer()).isEmpty();
        assertThat(unanswered.explanation()).isEmpty();
        assertThat(unanswered.front().en()).contains("An RNN processes all words");
        assertThatThrownBy(() -> bank.export(QuestionFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.reload()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.lastReport()).isInstanceOf(AccessDeniedException.class);

        StudyItem item = study.item(TF).orElseThrow();
        study.answer(new AnswerCommand(
                TF,
                item.cardVersion(),
                item.requestId(),
                Rating.AGAIN,
                Optional.of(new Response.TrueFalse(true)),
                Duration.ofSeconds(3),
                ReviewSource.STUDY));

        BrowsedQuestion answered = bank.preview(TF).orElseThrow();
        assertThat(answered.answer()).map(LocalizedText::en).contains("False");
        assertThat(answered.explanation()).isPresent();
        assertThat(bank.preview("basics.single").orElseThrow().keyShown())
                .as("another question stays closed")
                .isFalse();
    }

    @Test
    void instructorsAndAdminsSeeEveryKeyAndExport() {
        for (Role role : new Role[] {Role.INSTRUCTOR, Role.ADMIN}) {
            TestUsers.login(users.create(role));
            assertThat(bank.preview(TF).orElseThrow().answer())
                    .as(role.name())
                    .map(LocalizedText::en)
                    .contains("False");
            assertThat(bank.export(QuestionFilter.ALL)).as(role.name()).hasSize((int) bank.count(QuestionFilter.ALL));
        }
        assertThat(bank.lastReport()).as("the admin reads the report").isPresent();
    }
}
