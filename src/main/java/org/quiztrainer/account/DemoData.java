package org.quiztrainer.account;

import java.time.Clock;
import org.quiztrainer.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates one demo account per role on an empty database, only when {@code app.demo-data=true}. */
@Component
@Order(0)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ClusterLock lock;

    DemoData(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock, ClusterLock lock) {
        this.users = users;
        this.lock = lock;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** One node at a time (nodes starting together on an empty database create the accounts once). */
    @Override
    public void run(ApplicationArguments args) {
        lock.holding("demo-data", () -> {
            createOnEmptyDatabase();
            return null;
        });
    }

    private void createOnEmptyDatabase() {
        if (users.count() > 0) {
            return;
        }
        create("learner", "Demo Learner", "learner123", Role.LEARNER, Language.EN);
        create("instructor", "Demo Instructor", "instructor123", Role.INSTRUCTOR, Language.EN);
        create("admin", "Demo Admin", "admin123", Role.ADMIN, Language.EN);
        log.warn("Created demo accounts learner, instructor and admin. Turn app.demo-data off and change "
                + "these passwords before deploying.");
    }

    private void create(String username, String name, String password, Role role, Language language) {
        users.save(new UserAccountEntity(
                username, name, passwordEncoder.encode(password), role, language, clock.instant()));
    }
}
