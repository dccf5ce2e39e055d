package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.springframework.stereotype.Component;

/** Builds a class with an instructor and joined learners for a test, and the bank questions tests use. */
@Component
public class Classroom {

    /** Single choice, the first choice right. */
    public static final String SINGLE = "aigc-llm.bert-why-not-aigc";
    /** Multiple choice, the first two of four right. */
    public static final String MULTI = "aigc-llm.bert-good-at";
    /** True/false, the answer false. */
    public static final String TF = "aigc-llm.aigc-not-only-text";
    /** Short answer: 大语言模型, large language model. */
    public static final String SHORT = "aigc-llm.llm-full-name";
    public static final List<String> FOUR = List.of(SINGLE, MULTI, TF, SHORT);

    public final TestUsers users;
    final ClassService classes;
    final AssignmentService assignments;

    public Classroom(TestUsers users, ClassService classes, AssignmentService assignments) {
        this.users = users;
        this.classes = classes;
        this.assignments = assignments;
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
