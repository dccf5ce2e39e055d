package org.quiztrainer.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.Application;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.anki.TestDecks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times importing a 20,000-note Anki package (Basic, Basic (and reversed card), Cloze with two deletions, Basic
 * (type in the answer); about 30,000 cards, 200,000 review-log rows) end to end through {@link ImportService}, as
 * the app's Import page does, on H2 (file): the preview (read, the bank's dry run, the history counted), then the
 * confirmation (the new bank, every question, the review history replayed with FSRS-6 into the learner's memory).
 *
 * <pre>
 * bash scripts/benchmark org.quiztrainer.transfer.ImportBenchmark
 * </pre>
 */
public final class ImportBenchmark {

    static final int NOTES = 20_000;
    static final int REVIEWS = 200_000;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> spring = new ArrayList<>(Arrays.asList(args));
        Path dir = Files.createDirectories(Path.of("target/bench")).toAbsolutePath();
        spring.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("import" + System.nanoTime())
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        spring.addAll(List.of(
                "--server.port=0",
                "--app.demo-data=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--vaadin.devmode.devTools.enabled=false"));
        Path deck = dir.resolve("large.apkg");
        TestDecks.large(deck, NOTES, REVIEWS);
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Application.class).run(spring.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.update(
                    "insert into app_user (username, display_name, password_hash, role, language, created_at) "
                            + "values ('bench', 'Bench', '{noop}x', 'LEARNER', 'en', ?)",
                    java.sql.Timestamp.from(Instant.now()));
            long learner = jdbc.queryForObject("select id from app_user where username = 'bench'", Long.class);
            TestUsers.login(new AppUserDetails(learner, "bench", "", Role.LEARNER, false));
            ImportService imports = context.getBean(ImportService.class);

            long t0 = System.nanoTime();
            ImportPreview preview = imports.preview(new ImportRequest(
                    deck, "large.apkg", Optional.empty(), "Large deck", ImportOptions.DEFAULTS, true));
            long previewMs = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            ImportReport report = imports.confirm(preview.token());
            long confirmMs = (System.nanoTime() - t1) / 1_000_000;
            long logRows =
                    jdbc.queryForObject("select count(*) from review_log where learner_id = ?", Long.class, learner);
            long cards =
                    jdbc.queryForObject("select count(*) from study_card where learner_id = ?", Long.class, learner);

            System.out.printf(
                    Locale.ROOT,
                    "%nImport of an Anki package on H2 (file): %,d notes, %,d review-log rows, %.1f MiB%n%n",
                    NOTES,
                    REVIEWS,
                    Files.size(deck) / 1048576.0);
            System.out.println("| step | ms | what |");
            System.out.println("|---|---:|---|");
            System.out.printf(Locale.ROOT, "| preview | %,d | %s |%n", previewMs, preview.summary());
            System.out.printf(
                    Locale.ROOT,
                    "| confirm | %,d | %,d questions created, %,d answers into the review log, %,d cards |%n",
                    confirmMs,
                    report.created(),
                    logRows,
                    cards);
            System.out.printf(Locale.ROOT, "| end to end | %,d | |%n", previewMs + confirmMs);
        } finally {
            Files.deleteIfExists(deck);
        }
    }
}
