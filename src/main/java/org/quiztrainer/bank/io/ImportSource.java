package org.quiztrainer.bank.io;

import java.nio.file.Path;

/**
 * A file to import, already on disk (an upload is written to a temporary file first, within
 * {@link ImportLimits#maxFileBytes()}): zip and SQLite readers need random access.
 *
 * @param file     the file
 * @param fileName the name the user gave it (for detection and messages only, never as a path)
 */
public record ImportSource(Path file, String fileName) {

    public ImportSource {
        if (file == null) {
            throw new IllegalArgumentException("a file is required");
        }
        fileName = fileName == null ? file.getFileName().toString() : fileName;
    }
}
