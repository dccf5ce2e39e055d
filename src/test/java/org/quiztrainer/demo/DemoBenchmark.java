package org.quiztrainer.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.Application;
import org.quiztrainer.account.DemoAccountsCreated;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Times building the demo class as {@code mvn spring-boot:run} does at start-up (the whole app on a fresh H2
 * file database with the real bank), then again on an emptied database a few more times, and prints a table
 * with the wall time and the CPU time of the thread that builds it (the figure that a busy machine changes
 * least).
 * Run with {@code bash scripts/benchmark org.quiztrainer.demo.DemoBenchmark [runs] [jdbc-url user password]}.
 */
public final class DemoBenchmark {

    private DemoBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = Path.of("target/demo-benchmark");
        FileSystemUtils.deleteRecursively(folder);
        Files.createDirectories(folder);
        String url = args.length > 1
                ? args[1]
                : "jdbc:h2:file:" + folder.toAbsolutePath().resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        List<String> options = new ArrayList<>(List.of(
                "--server.port=0",
                "--app.demo-data=true",
                "--spring.datasource.url=" + url,
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.org.quiztrainer.demo=info"));
        if (args.length > 3) {
            options.add("--spring.datasource.username=" + args[2]);
            options.add("--spring.datasource.password=" + args[3]);
        }
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Application.class).run(options.toArray(String[]::new))) {
            System.out.printf("app start with the demo class: %d ms (see the log line above)%n", ms(start));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DemoClassroom classroom = context.getBean(DemoClassroom.class);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            System.out.println("| run | answers | wall ms | CPU ms (this thread) |");
            System.out.println("|---|---|---|---|");
            for (int run = 1; run <= runs; run++) {
                DemoAccountsCreated demo = DemoReset.emptyWithAccounts(jdbc);
                long t = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                int answers = classroom.create(demo, Instant.now());
                System.out.printf(
                        "| %d | %d | %d | %d |%n",
                        run, answers, ms(t), (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            }
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
