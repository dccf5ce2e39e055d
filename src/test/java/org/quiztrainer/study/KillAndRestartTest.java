package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A committed answer survives the process being killed with SIGKILL and restarted. Runs on a fresh H2
 * file database configured exactly as the app's default, or on the database {@code TEST_DB_URL} names.
 */
@Tag("db")
class KillAndRestartTest {

    @Test
    void aCommittedAnswerSurvivesKillMinus9() throws Exception {
        List<String> dbArgs = new ArrayList<>();
        if (System.getenv("TEST_DB_URL") == null) {
            Path dir = Files.createDirectories(Path.of("target/kill-test")).toAbsolutePath();
            dbArgs.add("--spring.datasource.url="
                    + appH2Url()
                            .replace(
                                    "./data/quiztrainer",
                                    dir.resolve("db" + System.nanoTime()).toString()));
        }
        String name = "kill" + System.nanoTime() % 1_000_000_000L;

        Process writer = start(dbArgs, "answer", name);
        String committed = waitForLine(writer, "COMMITTED ");
        writer.destroyForcibly();
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        String[] parts = committed.split(" ", -1);
        Process reader = start(dbArgs, "read", parts[1], name, parts[2]);
        String card = waitForLine(reader, "CARD ");
        reader.waitFor(60, TimeUnit.SECONDS);

        assertThat(card).isEqualTo("CARD LEARNING 1");
    }

    /** The app's own default H2 URL, so the test checks the durability settings users get. */
    private static String appH2Url() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            p.load(in);
        }
        return p.getProperty("spring.datasource.url");
    }

    private static Process start(List<String> dbArgs, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KillChild.class.getName()));
        command.addAll(List.of(args));
        command.addAll(dbArgs);
        command.add("--spring.main.banner-mode=off");
        command.add("--server.port=0");
        command.add("--logging.level.root=warn");
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String waitForLine(Process process, String prefix) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child process ended without printing '" + prefix + "':\n" + seen);
    }
}
