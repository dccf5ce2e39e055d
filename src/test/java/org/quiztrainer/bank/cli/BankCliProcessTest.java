package org.quiztrainer.bank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.parse.BankFixtures;

/**
 * The command line runs in a JVM of its own with only the compiled classes on its class path (as
 * {@code scripts/bank} runs it): no Spring, no database, no dependency at all.
 */
class BankCliProcessTest {

    @TempDir
    Path dir;

    @Test
    void checkRunsOnTheCompiledClassesAlone() throws IOException, InterruptedException {
        Path classes;
        try {
            classes = Path.of(BankCli.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path bank = dir.resolve("bank");
        BankFixtures.goodWith("unknown-type", bank);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(
                        java.toString(), "-cp", classes.toString(), BankCli.class.getName(), "check", bank.toString()))
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(out).isEqualTo(BankCli.PROBLEMS);
        assertThat(out).contains(bank.resolve("concepts/basics.txt") + ":2: error: unknown type 'essay'");
        assertThat(out).doesNotContain("Exception", "springframework");
    }
}
