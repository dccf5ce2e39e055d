package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.bank.parse.BankReader;

/**
 * The fingerprint that lets a node skip an unchanged bank: equal in two JVMs for the same folder (immutable
 * maps iterate in an order that changes per JVM, so the stored form must not depend on it), different
 * after any change an author makes.
 */
class BankFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void anotherJvmComputesTheSameFingerprintForTheSameFolder() throws Exception {
        Path bank = BankFixtures.resource("good");
        String here = fingerprint(bank);

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        bank.toString())
                .redirectErrorStream(true)
                .start();
        String there = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(there).isEqualTo(here);
    }

    @Test
    void anyChangeToTopicsUnitsOrQuestionsChangesIt() throws IOException {
        Path bank = BankFixtures.goodWith(null, dir.resolve("bank"));
        String before = fingerprint(bank);
        for (var edit : List.of(
                new String[] {"topics.txt", "name.en: Recurrent networks", "name.en: Recurrent neural networks"},
                new String[] {"units.txt", "name.en: days", "name.en: calendar days"},
                new String[] {"concepts/basics.txt", "What kind of model is BERT?", "Which kind of model is BERT?"})) {
            Path file = bank.resolve(edit[0]);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).contains(edit[1]);
            Files.writeString(file, text.replace(edit[1], edit[2]), StandardCharsets.UTF_8);
            String after = fingerprint(bank);
            assertThat(after).as("after editing %s", edit[0]).isNotEqualTo(before);
            before = after;
        }
    }

    static String fingerprint(Path folder) {
        return BankFingerprint.of(BankReader.read(folder).bank().orElseThrow());
    }

    /** Prints the fingerprint of the folder given, from a JVM of its own. */
    public static final class Child {

        private Child() {}

        public static void main(String[] args) {
            System.out.println(fingerprint(Path.of(args[0])));
        }
    }
}
