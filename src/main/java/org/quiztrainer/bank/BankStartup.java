package org.quiztrainer.bank;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the question bank from {@code app.bank.path} (default {@code questions}) at start-up. */
@Component
class BankStartup implements ApplicationRunner {

    private final BankService bank;

    BankStartup(BankService bank) {
        this.bank = bank;
    }

    @Override
    public void run(ApplicationArguments args) {
        bank.loadAtStartup();
    }
}
