package org.quiztrainer.bank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code scripts/bank check --strict} on the shipped {@code questions/}: no error, no warning, exit 0. */
class ShippedBankCheckIT {

    @Test
    void theShippedBankChecksCleanEvenWithStrict() {
        BankCliTest.Run run = BankCliTest.run("check", "--strict");

        List<String> lines = run.lines();
        assertThat(lines).as(run.out()).hasSize(1);
        assertThat(lines.get(0)).startsWith("questions: ").endsWith(", 0 error(s), 0 warning(s)");
        assertThat(run.exit()).isEqualTo(BankCli.OK);
    }
}
