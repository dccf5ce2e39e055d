package org.quiztrainer.bank;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.parse.BankReader;
import org.quiztrainer.cluster.ClusterLock;
import org.quiztrainer.cluster.NodeName;
import org.quiztrainer.cluster.SharedVersions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Times loading the question bank and prints a table: reading and validating the files, a cold load
 * into an empty database, and a resync with no change. Uses only the bank's beans on a fresh
 * in-memory H2 database (Flyway runs every migration). Run:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.quiztrainer.bank.BankBenchmark questions
 * </pre>
 */
public final class BankBenchmark {

    private static final int RUNS = 7;

    /** The bank's beans only; not a {@code @Configuration}, so the app's component scan ignores it. */
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        TransactionAutoConfiguration.class
    })
    @EntityScan(basePackageClasses = BankService.class)
    @EnableJpaRepositories(basePackageClasses = BankService.class)
    @Import({
        BankService.class,
        BankSync.class,
        BankLoader.class,
        ClusterLock.class,
        SharedVersions.class,
        NodeName.class,
        BankOnly.Time.class
    })
    static class BankOnly {

        static class Time {
            @Bean
            Clock clock() {
                return Clock.systemUTC();
            }
        }
    }

    private BankBenchmark() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "questions");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BankOnly.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                        "--spring.jpa.hibernate.ddl-auto=validate",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn",
                        "--app.bank.path=" + folder)) {
            BankService service = context.getBean(BankService.class);
            LoadReport cold = service.load(folder);
            if (!cold.isSuccess()) {
                cold.problems().forEach(System.err::println);
                System.exit(1);
            }
            List<Double> resyncs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                LoadReport again = service.load(folder);
                if (!again.sync().orElseThrow().isNoChange()) {
                    throw new IllegalStateException("a resync without change wrote something");
                }
                resyncs.add(again.took().toNanos() / 1e6);
            }
            List<Double> reads = new ArrayList<>();
            BankLoadResult read = null;
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                read = BankReader.read(folder);
                reads.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(
                    "Question bank: %s, %d questions (%d hand-written), %d models, %d cores, Java %s%n",
                    folder,
                    cold.questions(),
                    read.bank().orElseThrow().handWritten().size(),
                    read.bank().get().models().size(),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.printf("| %-46s | %10s | %10s | %6s |%n", "measure", "median ms", "max ms", "aim");
            System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(48), "-".repeat(12), "-".repeat(12), "-".repeat(8));
            row("cold load: first read + validate + write", List.of(cold.took().toNanos() / 1e6), "< 2000");
            row("resync with no change (" + RUNS + " runs)", resyncs, "< 300");
            row("read + validate only, warm (" + RUNS + " runs)", reads, "");
        }
    }

    private static void row(String name, List<Double> times, String aim) {
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf(
                "| %-46s | %10.1f | %10.1f | %6s |%n",
                name, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), aim);
    }
}
