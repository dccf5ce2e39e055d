package org.quiztrainer.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.quiztrainer.bank.io.ImportOptions;

/** Files and requests for the import tests. */
final class ImportFiles {

    /** A GIFT file with a question of each type GIFT has, named, in the category "Basics". */
    static final String GIFT = """
            // A small quiz
            $CATEGORY: $course$/top/Basics

            ::capital:: What is the capital of France? {=Paris ~London ~Berlin}

            ::earth:: The Earth is round. {T}

            ::pi:: Pi to two decimals? {#3.14:0.01}

            ::primes:: Which of these are prime? {~%50%2 ~%50%3 ~%-100%4}

            ::match:: Match the countries with their capitals. {=France -> Paris =Spain -> Madrid =Italy -> Rome}

            ::planet:: Name the largest planet. {=Jupiter =jupiter}
            """;

    private ImportFiles() {}

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static ImportRequest into(long bankId, Path file) {
        return new ImportRequest(
                file, file.getFileName().toString(), Optional.of(bankId), "", ImportOptions.DEFAULTS, true);
    }

    static ImportRequest newBank(Path file, String title) {
        return new ImportRequest(
                file, file.getFileName().toString(), Optional.empty(), title, ImportOptions.DEFAULTS, true);
    }
}
