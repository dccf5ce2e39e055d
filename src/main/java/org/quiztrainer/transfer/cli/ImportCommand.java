package org.quiztrainer.transfer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.standard.StandardFormats;
import org.quiztrainer.transfer.DryRun;
import org.quiztrainer.transfer.ImportLine;
import org.quiztrainer.transfer.ImportPreview;
import org.quiztrainer.transfer.ImportReport;
import org.quiztrainer.transfer.ImportRequest;
import org.quiztrainer.transfer.ImportService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code scripts/bank import FILE --bank NAME [--format F] [--lang zh|en] [--user NAME] [--dry-run]}: previews the
 * file against the bank (a new bank of that title when the user has none) and, without a problem, imports it in one
 * transaction, as the app's Import does. {@code --dry-run} reads and checks only, without a database. Prints every
 * problem, skip and note with its place, then {@code import: N questions (TYPE N, ...), M skipped, P problems}.
 */
final class ImportCommand {

    private final Database database;

    ImportCommand(Database database) {
        this.database = database;
    }

    int run(List<String> words, PrintStream out, PrintStream err) throws CliArgs.UsageException {
        CliArgs args = CliArgs.parse(words, Set.of("bank", "format", "lang", "user"), Set.of("dry-run"));
        if (args.arguments().size() != 1) {
            throw new CliArgs.UsageException("name one FILE to import");
        }
        Path file = Path.of(args.arguments().get(0));
        if (!Files.isRegularFile(file)) {
            err.println("bank import: no file " + file);
            return TransferCli.PROBLEMS;
        }
        ImportOptions options = options(args);
        try {
            if (args.flag("dry-run")) {
                return dryRun(file, options, out);
            }
            String bank = args.option("bank")
                    .orElseThrow(() -> new CliArgs.UsageException("--bank NAME is needed (or --dry-run)"));
            return write(file, bank, options, Caller.userName(args), out, err);
        } catch (IOException e) {
            err.println("bank import: cannot read " + file + ": " + e.getMessage());
            return TransferCli.PROBLEMS;
        }
    }

    static ImportOptions options(CliArgs args) throws CliArgs.UsageException {
        Optional<Format> format = Optional.empty();
        if (args.option("format").isPresent()) {
            String code = args.option("format").get();
            format = Optional.of(Format.fromCode(code)
                    .orElseThrow(
                            () -> new CliArgs.UsageException("unknown format '" + code + "': " + TransferCli.FORMATS)));
        }
        ImportOptions.TextLanguage language = switch (args.option("lang").orElse("")) {
            case "" -> ImportOptions.TextLanguage.DETECT;
            case "zh" -> ImportOptions.TextLanguage.ZH;
            case "en" -> ImportOptions.TextLanguage.EN;
            default -> throw new CliArgs.UsageException("--lang is zh or en");
        };
        return new ImportOptions(
                format, language, ImportOptions.QuizletOptions.DEFAULTS, ImportOptions.DEFAULTS.limits());
    }

    private static int dryRun(Path file, ImportOptions options, PrintStream out) throws IOException {
        DryRun.Result r = DryRun.check(
                StandardFormats.registry(),
                new ImportSource(file, file.getFileName().toString()),
                options);
        print(out, r.problems(), r.skipped(), r.notes());
        out.println(r.summary());
        return r.problems().isEmpty() ? TransferCli.OK : TransferCli.PROBLEMS;
    }

    private int write(Path file, String bankTitle, ImportOptions options, String user, PrintStream out, PrintStream err)
            throws IOException, CliArgs.UsageException {
        try (Database.Session session = database.open()) {
            ApplicationContext app = session.app();
            Caller.login(app, user);
            Optional<BankSummary> bank = Caller.bank(app, bankTitle);
            ImportService imports = app.getBean(ImportService.class);
            ImportPreview preview = imports.preview(new ImportRequest(
                    file, file.getFileName().toString(), bank.map(BankSummary::id), bankTitle, options, true));
            print(out, preview.problems(), preview.skipped(), preview.notes());
            if (!preview.canConfirm()) {
                out.println("nothing written: the file has problems");
                out.println(preview.summary());
                return TransferCli.PROBLEMS;
            }
            ImportReport report = imports.confirm(preview.token());
            out.printf(
                    Locale.ROOT,
                    "%s bank '%s': %d created, %d updated, %d unchanged%s%n",
                    bank.isPresent() ? "into" : "new",
                    preview.bankTitle(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.history().answers() > 0
                            ? ", " + report.history().answers() + " answers of review history"
                            : "");
            out.println(preview.summary());
            return TransferCli.OK;
        } catch (AccessDeniedException e) {
            err.println("bank import: " + user + " may not edit the bank '" + bankTitle + "'");
            return TransferCli.PROBLEMS;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void print(
            PrintStream out, List<ImportLine> problems, List<ImportLine> skipped, List<ImportLine> notes) {
        problems.forEach(l -> out.println("problem: " + l));
        skipped.forEach(l -> out.println("skipped: " + l));
        notes.forEach(l -> out.println("note: " + l));
    }
}
