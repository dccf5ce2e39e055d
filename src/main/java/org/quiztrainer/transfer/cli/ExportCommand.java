package org.quiztrainer.transfer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.transfer.ExportService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code scripts/bank export --format F [--lang zh|en] --bank NAME --out FILE [--user NAME]}: writes a bank the user
 * may export in a format, as the app's Export does, and prints what the format could not carry. The file appears
 * whole or not at all (written next to it, then moved).
 */
final class ExportCommand {

    private final Database database;

    ExportCommand(Database database) {
        this.database = database;
    }

    int run(List<String> words, PrintStream out, PrintStream err) throws CliArgs.UsageException {
        CliArgs args = CliArgs.parse(words, Set.of("bank", "format", "lang", "user", "out"), Set.of());
        if (!args.arguments().isEmpty()) {
            throw new CliArgs.UsageException("unexpected " + args.arguments().get(0));
        }
        String code = args.option("format").orElseThrow(() -> new CliArgs.UsageException("--format F is needed"));
        Format format = Format.fromCode(code)
                .orElseThrow(() -> new CliArgs.UsageException("unknown format '" + code + "': " + TransferCli.FORMATS));
        String title = args.option("bank").orElseThrow(() -> new CliArgs.UsageException("--bank NAME is needed"));
        Path target = Path.of(args.option("out").orElseThrow(() -> new CliArgs.UsageException("--out FILE is needed")));
        Locale locale = switch (args.option("lang").orElse("en")) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new CliArgs.UsageException("--lang is zh or en");
        };
        String user = Caller.userName(args);
        try (Database.Session session = database.open()) {
            ApplicationContext app = session.app();
            Caller.login(app, user);
            BankSummary bank = Caller.bank(app, title).orElse(null);
            if (bank == null) {
                err.println("bank export: " + user + " has no bank '" + title + "' to export");
                return TransferCli.PROBLEMS;
            }
            Path dir = target.toAbsolutePath().getParent();
            Path part = Files.createTempFile(dir, ".export-", ".part");
            ExportReport report;
            try (OutputStream o = Files.newOutputStream(part)) {
                report = app.getBean(ExportService.class).export(bank.id(), format, locale, o);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            report.notes()
                    .forEach(n ->
                            out.println((n.skipped() ? "skipped: " : "note: ") + n.identity() + ": " + n.english()));
            out.printf(
                    Locale.ROOT,
                    "export: %d questions of '%s' as %s to %s%n",
                    report.written(),
                    bank.bank().title(),
                    format.code(),
                    target);
            return TransferCli.OK;
        } catch (AccessDeniedException e) {
            err.println("bank export: " + user + " may not export the bank '" + title + "'");
            return TransferCli.PROBLEMS;
        } catch (IOException e) {
            err.println("bank export: cannot write " + target + ": " + e.getMessage());
            return TransferCli.PROBLEMS;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
