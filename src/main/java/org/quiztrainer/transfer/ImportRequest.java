package org.quiztrainer.transfer;

import java.nio.file.Path;
import java.util.Optional;
import org.quiztrainer.bank.io.ImportOptions;

/**
 * An import to preview: a file already on disk (an upload within the size limit), where it goes, and how to read
 * it.
 *
 * @param file        the file (deleted by the caller afterwards)
 * @param fileName    the name the user gave it (never used as a path)
 * @param bankId      the bank to import into, or empty for a new bank
 * @param newTitle    the title of the new bank (when {@code bankId} is empty); blank for the file's name
 * @param options     the format (or detect), the language of texts that do not say, Quizlet's separators
 * @param withHistory whether to bring the package's review history into the caller's memory (own banks only)
 */
public record ImportRequest(
        Path file,
        String fileName,
        Optional<Long> bankId,
        String newTitle,
        ImportOptions options,
        boolean withHistory) {

    public ImportRequest {
        bankId = bankId == null ? Optional.empty() : bankId;
        newTitle = newTitle == null ? "" : newTitle.strip();
        if (file == null || fileName == null || options == null) {
            throw new IllegalArgumentException("an import needs a file, its name and options");
        }
    }
}
