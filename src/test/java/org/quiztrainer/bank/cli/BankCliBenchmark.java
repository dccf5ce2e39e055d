package org.quiztrainer.bank.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.export.Download;
import org.quiztrainer.bank.lint.BankLint;
import org.quiztrainer.bank.parse.BankReader;

/**
 * Times {@code scripts/bank} on a bank folder and prints a table: the whole command in a JVM of its own
 * on the compiled classes (what an author waits for), and its parts warm in this JVM (read and
 * validate, lint, GIFT export). Run: {@code bash scripts/benchmark org.quiztrainer.bank.cli.BankCliBenchmark
 * questions}.
 */
public final class BankCliBenchmark {

    private static final int RUNS = 7;

    /** Folds every result in, so that no work is optimised away. */
    private static int sink;

    private BankCliBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path bank = Path.of(args.length > 0 ? args[0] : "questions");
        Path out = Files.createTempFile("bank-export", ".gift");
        List<String[]> rows = new ArrayList<>();
        rows.add(row("scripts/bank check, own JVM", times(() -> process("check", bank.toString()))));
        rows.add(row(
                "scripts/bank export gift, own JVM",
                times(() -> process("export", "--format", "gift", "--out", out.toString(), bank.toString()))));
        QuestionBank read = BankReader.read(bank).bank().orElseThrow();
        rows.add(row("read + validate, warm", times(() -> BankReader.read(bank).isValid())));
        rows.add(row("lint, warm", times(() -> BankLint.check(read).size())));
        rows.add(row(
                "GIFT export (zh), warm",
                times(() -> Download.GIFT.write(read.questions(), read.topics(), Locale.forLanguageTag("zh")).length)));
        Files.deleteIfExists(out);
        System.out.printf(
                "bank %s: %d questions, %d runs each (checksum %d)%n%n",
                bank, read.questions().size(), RUNS, sink);
        System.out.println("| measure | median ms | max ms |");
        System.out.println("|---|---:|---:|");
        rows.forEach(r -> System.out.printf("| %s | %s | %s |%n", (Object[]) r));
    }

    private static String[] row(String what, double[] ms) {
        Arrays.sort(ms);
        return new String[] {
            what,
            String.format(Locale.ROOT, "%.1f", ms[ms.length / 2]),
            String.format(Locale.ROOT, "%.1f", ms[ms.length - 1])
        };
    }

    private static double[] times(Supplier<Object> work) {
        sink += Objects.hashCode(work.get());
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            sink += Objects.hashCode(work.get());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    /** Runs the command line in a JVM of its own with only the compiled classes, as the script does. */
    private static Object process(String... args) {
        try {
            String classes = Path.of(BankCli.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    classes,
                    BankCli.class.getName()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            int exit = p.waitFor();
            if (exit > BankCli.PROBLEMS) {
                throw new IllegalStateException("exit " + exit + " for " + command);
            }
            return exit;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
