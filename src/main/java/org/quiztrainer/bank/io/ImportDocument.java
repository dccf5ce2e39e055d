package org.quiztrainer.bank.io;

import java.util.List;

/**
 * What a file holds, as read: the questions, what was skipped and why, every problem, the media files
 * and (Anki packages) the review history. A document with any problem imports nothing.
 *
 * @param format    the format it was read as
 * @param items     the questions, in file order
 * @param skipped   what is not imported, with the reason
 * @param problems  what is wrong; empty when the file can be imported
 * @param media     the images the questions refer to
 * @param histories review histories by question identity (empty but for Anki packages)
 * @param notes     what is imported differently from how the file has it (see {@link ImportNote})
 */
public record ImportDocument(
        Format format,
        List<ImportItem> items,
        List<ImportSkip> skipped,
        List<ImportProblem> problems,
        List<ImportMedia> media,
        List<ReviewHistory> histories,
        List<ImportNote> notes) {

    /** A document without notes. */
    public ImportDocument(
            Format format,
            List<ImportItem> items,
            List<ImportSkip> skipped,
            List<ImportProblem> problems,
            List<ImportMedia> media,
            List<ReviewHistory> histories) {
        this(format, items, skipped, problems, media, histories, List.of());
    }

    public ImportDocument {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
        media = List.copyOf(media);
        histories = List.copyOf(histories);
        notes = List.copyOf(notes);
        if (format == null) {
            throw new IllegalArgumentException("a document has a format");
        }
    }

    /** Whether the file can be imported: no problem at all. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
