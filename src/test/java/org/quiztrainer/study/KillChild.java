package org.quiztrainer.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.quiztrainer.Application;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Registration;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.srs.Rating;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app (on a free port) in a process of its own, for {@link KillAndRestartTest}.
 * {@code answer <name>}: registers a learner, answers one card, prints {@code COMMITTED <id> <question>} and
 * waits to be killed. {@code read <id> <name> <question>}: prints {@code CARD <state> <answers>}.
 */
public final class KillChild {

    private KillChild() {}

    public static void main(String[] args) throws Exception {
        String[] springArgs =
                Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
        String[] plain = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(springArgs);
        StudyService study = context.getBean(StudyService.class);
        if ("answer".equals(plain[0])) {
            UserSummary user = context.getBean(AccountService.class)
                    .register(new Registration(plain[1], "", "kill-test-1", "kill-test-1", Language.EN));
            TestUsers.login(user);
            StudyItem item = study.next(StudyScope.WHOLE_BANK).orElseThrow();
            study.answer(new AnswerCommand(
                    item.questionId(),
                    item.cardVersion(),
                    item.requestId(),
                    Rating.GOOD,
                    Optional.empty(),
                    Duration.ofSeconds(4),
                    ReviewSource.STUDY));
            System.out.println("COMMITTED " + user.id() + " " + item.questionId());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        } else {
            TestUsers.login(new AppUserDetails(Long.parseLong(plain[1]), plain[2], "", Role.LEARNER, false));
            StudyItem item = study.item(plain[3]).orElseThrow();
            System.out.println(
                    "CARD " + item.state() + " " + study.summary(Instant.EPOCH).answered());
            System.out.flush();
            context.close();
        }
    }
}
