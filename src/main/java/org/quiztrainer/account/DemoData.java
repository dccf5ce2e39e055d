package org.quiztrainer.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates demo accounts on an empty database, only when {@code app.demo-data=true}: one per role, and twelve
 * classmates of the demo learner (Chinese and English names, the learner's password), then publishes {@link
 * DemoAccountsCreated}.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The classmates: username, name and interface language. */
    static final List<List<String>> CLASSMATES = List.of(
            List.of("wangfang", "王芳", "zh-CN"),
            List.of("liwei", "李伟", "zh-CN"),
            List.of("zhangmin", "张敏", "zh-CN"),
            List.of("liuyang", "刘洋", "zh-CN"),
            List.of("chenjing", "陈静", "zh-CN"),
            List.of("yanglei", "杨磊", "zh-CN"),
            List.of("emma", "Emma Johnson", "en"),
            List.of("liam", "Liam Smith", "en"),
            List.of("olivia", "Olivia Brown", "en"),
            List.of("noah", "Noah Williams", "en"),
            List.of("sophia", "Sophia Chen", "en"),
            List.of("lucas", "Lucas Martin", "en"));

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoData(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String learnerHash = passwordEncoder.encode("learner123");
        List<DemoAccountsCreated.Account> learners = new ArrayList<>();
        learners.add(account("learner", create("learner", "Demo Learner", learnerHash, Role.LEARNER, Language.EN)));
        long instructor = create(
                "instructor", "Demo Instructor", passwordEncoder.encode("instructor123"), Role.INSTRUCTOR, Language.EN);
        long admin = create("admin", "Demo Admin", passwordEncoder.encode("admin123"), Role.ADMIN, Language.EN);
        for (List<String> c : CLASSMATES) {
            learners.add(
                    account(c.get(0), create(c.get(0), c.get(1), learnerHash, Role.LEARNER, Language.ofTag(c.get(2)))));
        }
        events.publishEvent(new DemoAccountsCreated(instructor, admin, learners));
        log.warn(
                "Created demo accounts learner, instructor, admin and {} classmates of the learner. Turn "
                        + "app.demo-data off and change these passwords before deploying.",
                CLASSMATES.size());
    }

    private static DemoAccountsCreated.Account account(String username, long id) {
        return new DemoAccountsCreated.Account(id, username);
    }

    private long create(String username, String name, String passwordHash, Role role, Language language) {
        return users.save(new UserAccountEntity(username, name, passwordHash, role, language, clock.instant()))
                .getId();
    }
}
