package org.quiztrainer.demo;

import java.time.Clock;
import org.quiztrainer.account.DemoAccountsCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code app.demo-data=true}: once the demo accounts were created on an empty database (never when users
 * existed) and the question bank is loaded, builds the demo class with its simulated history.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoClassStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoClassStartup.class);

    private final DemoClassroom classroom;
    private final Clock clock;
    private DemoAccountsCreated created;

    DemoClassStartup(DemoClassroom classroom, Clock clock) {
        this.classroom = classroom;
        this.clock = clock;
    }

    @EventListener
    void accountsCreated(DemoAccountsCreated event) {
        created = event;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (created == null) {
            return;
        }
        long start = System.nanoTime();
        int answers = classroom.create(created, clock.instant());
        log.info(
                "Created the demo class \"{}\": {} learners, {} answers over {} days, in {} ms",
                DemoClassroom.CLASS_NAME,
                created.learners().size(),
                answers,
                DemoClassroom.DAYS,
                (System.nanoTime() - start) / 1_000_000);
        created = null;
    }
}
