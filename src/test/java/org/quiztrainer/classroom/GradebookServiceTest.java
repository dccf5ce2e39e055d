package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Registration;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.grading.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AppTest
class GradebookServiceTest {

    static final Duration TIME = Duration.ofSeconds(12);

    @Autowired
    GradebookService gradebook;

    @Autowired
    ItemAnalysisService analysis;

    @Autowired
    AttemptService attempts;

    @Autowired
    AssignmentService assignments;

    @Autowired
    LearnerAssignmentService learner;

    @Autowired
    ClassService classes;

    @Autowired
    AccountService accounts;

    @Autowired
    Classroom classroom;

    @Autowired
    TestClock clock;

    Classroom.Setup setup;
    UserSummary zhang;
    Assignment quiz;
    long zhangAttempt;

    @BeforeEach
    void setUp() {
        Instant now = Instant.parse("2026-05-04T09:00:00Z");
        clock.set(now);
        setup = classroom.create(1);
        String name = "zh" + System.nanoTime();
        zhang = accounts.register(
                new Registration(name, "张三, \"小张\"", TestUsers.PASSWORD, TestUsers.PASSWORD, Language.ZH_CN));
        TestUsers.login(zhang);
        classes.join(setup.cls().joinCode());
        quiz = setup.assign(assignments, Classroom.fourQuestions(now).withAttempts(2, GradingMethod.HIGHEST));
        Response single = classroom.right(Classroom.SINGLE);
        Response multi = classroom.right(Classroom.MULTI);
        Response halfMulti =
                Response.Choices.of(classroom.correct(Classroom.MULTI).get(0));
        zhangAttempt = take(zhang, single, multi, new Response.TrueFalse(true));
        take(zhang, classroom.oneWrong(Classroom.SINGLE), halfMulti, new Response.TrueFalse(true));
        take(setup.learner(), single, multi, new Response.TrueFalse(false));
        TestUsers.login(setup.teacher());
    }

    long take(UserSummary who, Response... answers) {
        TestUsers.login(who);
        AttemptView v = attempts.start(quiz.id());
        for (int i = 0; i < answers.length; i++) {
            attempts.save(v.id(), Classroom.FOUR.get(i), answers[i], TIME);
        }
        return attempts.submit(v.id()).id();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void theGradebookHasALearnerPerRowAndTheGradeByTheMethod() {
        Gradebook book = gradebook.gradebook(setup.cls().id());

        assertThat(book.assignments()).extracting(Gradebook.Column::title).containsExactly("Quiz 1");
        Gradebook.Row row = book.rows().stream()
                .filter(r -> r.learnerId() == zhang.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.grades()).containsExactly(0.5);
        assertThat(row.attempts()).containsExactly(2);
        assertThat(gradebook.attempts(quiz.id(), zhang.id()))
                .extracting(AttemptSummary::score)
                .as("the second: one of two right ticks scores 0.5, so 0.5 / 4")
                .containsExactly(0.5, 0.125);
    }

    @Test
    void theCsvHasABomCrlfAndChineseNamesAndParsesBack() {
        String csv = gradebook.csv(setup.cls().id(), "姓名", "Username");
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(csv.substring(1).split("\r\n", -1)).hasSize(4).endsWith("");
        List<List<String>> rows = parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("姓名", "Username", "Quiz 1");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("张三, \"小张\"", zhang.username(), "50.00"));
    }

    @Test
    void anOverriddenMarkChangesTheScoreAndTheLearnerSeesTheComment() {
        AttemptDetail before = gradebook.detail(zhangAttempt);
        assertThat(before.marks()).extracting(AttemptDetail.Mark::mark).containsExactly(1.0, 1.0, 0.0, 0.0);

        AttemptDetail after = gradebook.overrideMark(zhangAttempt, Classroom.TF, 0.5, "半对：理由写得好");

        assertThat(after.score()).isEqualTo(0.625);
        assertThat(gradebook.gradebook(setup.cls().id()).rows())
                .anySatisfy(r -> assertThat(r.grades()).containsExactly(0.625));
        assertThatThrownBy(() -> gradebook.overrideMark(zhangAttempt, Classroom.SHORT, 1.0, ""))
                .as("unanswered")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> gradebook.overrideMark(zhangAttempt, Classroom.TF, 1.5, ""))
                .isInstanceOf(InvalidInputException.class);
        TestUsers.login(zhang);
        assertThat(learner.review(zhangAttempt).items()).anySatisfy(i -> {
            assertThat(i.comment()).isEqualTo("半对：理由写得好");
            assertThat(i.mark()).isEqualTo(0.5);
        });
    }

    @Test
    void theItemAnalysisUsesEachLearnersFirstAttempt() {
        ItemAnalysis a = analysis.analyse(quiz.id());

        assertThat(a.attempts()).isEqualTo(2);
        assertThat(a.items()).extracting(i -> i.stats().facility()).containsExactly(1.0, 1.0, 0.5, 0.0);
        assertThat(a.items().get(2).stats().distribution())
                .containsEntry("true", 1)
                .containsEntry("false", 1);
    }

    @Test
    void onlyTheClassInstructorReadsResults() {
        TestUsers.login(classroom.users.create(Role.INSTRUCTOR));
        assertThatThrownBy(() -> gradebook.gradebook(setup.cls().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gradebook.detail(zhangAttempt)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> analysis.analyse(quiz.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(zhang);
        assertThatThrownBy(() -> gradebook.overrideMark(zhangAttempt, Classroom.TF, 1.0, "self"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gradebook.csv(setup.cls().id(), "a", "b")).isInstanceOf(AccessDeniedException.class);
    }

    /** A small RFC 4180 reader: quoted cells with doubled quotes, CRLF between records. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
