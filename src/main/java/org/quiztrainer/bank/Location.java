package org.quiztrainer.bank;

/**
 * Where something was written in the bank.
 *
 * @param file the path relative to the bank folder, with {@code /} separators
 * @param line the 1-based line, or 0 for the file as a whole
 */
public record Location(String file, int line) {

    public Location {
        if (file == null || line < 0) {
            throw new IllegalArgumentException("a location needs a file and a line >= 0");
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
