package org.quiztrainer.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.Response;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyService;
import org.springframework.stereotype.Component;

/** Builds a class with an instructor and joined learners for a test, and the bank questions tests use. */
@Component
public class Classroom {

    /** Single choice. */
    public static final String SINGLE = "aigc-llm.bert-why-not-aigc";
    /** Multiple choice, two of four choices right. */
    public static final String MULTI = "aigc-llm.bert-good-at";
    /** True/false, the answer false. */
    public static final String TF = "aigc-llm.aigc-not-only-text";
    /** Short answer: 大语言模型, large language model. */
    public static final String SHORT = "aigc-llm.llm-full-name";

    public static final List<String> FOUR = List.of(SINGLE, MULTI, TF, SHORT);

    public final TestUsers users;
    final ClassService classes;
    final AssignmentService assignments;
    final BankService bank;
    final StudyService study;

    public Classroom(
            TestUsers users,
            ClassService classes,
            AssignmentService assignments,
            BankService bank,
            StudyService study) {
        this.users = users;
        this.classes = classes;
        this.assignments = assignments;
        this.bank = bank;
        this.study = study;
    }

    /** The logged-in learner answers a question in a study session, rated as suggested: a memory of it. */
    public void studied(String questionId, Response response) {
        StudyItem item = study.item(questionId).orElseThrow();
        Grade grade = study.check(questionId, response, Duration.ofSeconds(5));
        study.answer(new AnswerCommand(
                questionId,
                item.cardVersion(),
                item.requestId(),
                grade.suggestedRating(),
                Optional.of(response),
                Duration.ofSeconds(5),
                ReviewSource.STUDY));
    }

    /** The indexes of the correct choices of a choice question, read from the bank (the caller is logged in). */
    public List<Integer> correct(String questionId) {
        return indexes(questionId, true);
    }

    /** The indexes of the wrong choices of a choice question. */
    public List<Integer> wrong(String questionId) {
        return indexes(questionId, false);
    }

    /** Ticking exactly the correct choices. */
    public Response.Choices right(String questionId) {
        return new Response.Choices(Set.copyOf(correct(questionId)));
    }

    /** Ticking one wrong choice. */
    public Response.Choices oneWrong(String questionId) {
        return Response.Choices.of(wrong(questionId).get(0));
    }

    private List<Integer> indexes(String questionId, boolean correct) {
        QuestionContent c = bank.question(questionId).orElseThrow().question().content();
        List<QuestionContent.Choice> choices = c instanceof QuestionContent.SingleChoice s
                ? s.choices()
                : ((QuestionContent.MultipleChoice) c).choices();
        return IntStream.range(0, choices.size())
                .filter(i -> choices.get(i).correct() == correct)
                .boxed()
                .toList();
    }

    /** A class run by a new instructor, joined by {@code learners} new learners; the instructor is logged in. */
    public Setup create(int learners) {
        UserSummary teacher = users.create(Role.INSTRUCTOR);
        TestUsers.login(teacher);
        ClassSummary c = classes.create("Class " + teacher.username());
        List<UserSummary> joined = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            UserSummary learner = users.create(Role.LEARNER);
            TestUsers.login(learner);
            classes.join(c.joinCode());
            joined.add(learner);
        }
        TestUsers.login(teacher);
        return new Setup(teacher, c, joined);
    }

    public record Setup(UserSummary teacher, ClassSummary cls, List<UserSummary> learners) {

        public UserSummary learner() {
            return learners.get(0);
        }

        /** An assignment of the four questions, open for an hour from {@code now}; logged in as the teacher. */
        public Assignment assign(AssignmentService service, AssignmentSettings settings) {
            TestUsers.login(teacher);
            return service.create(cls.id(), settings);
        }
    }

    public static AssignmentSettings fourQuestions(Instant now) {
        return AssignmentSettings.of("Quiz 1", FOUR, now, now.plusSeconds(3600));
    }
}
