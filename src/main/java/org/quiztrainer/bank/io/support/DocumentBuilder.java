package org.quiztrainer.bank.io.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.ImportNote;
import org.quiztrainer.bank.io.ImportProblem;
import org.quiztrainer.bank.io.ImportSkip;

/**
 * Collects what a reader finds into an {@link ImportDocument}, keeping to {@link ImportLimits#maxItems()}
 * (questions and skipped entries together, so that a file of 10 million descriptions is refused as well).
 *
 * <p>Identities that repeat: when {@code numberRepeats} is set (formats whose identity is a name the file
 * may repeat: GIFT, Moodle XML, Quizlet) the second occurrence becomes {@code name (2)}, the third
 * {@code name (3)}, each with a note, so that nothing is merged or lost; otherwise (CSV, where the id is
 * the author's) a repeated identity is a problem.
 */
public final class DocumentBuilder {

    private final Format format;
    private final ImportLimits limits;
    private final boolean numberRepeats;
    private final List<ImportItem> items = new ArrayList<>();
    private final List<ImportSkip> skipped = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<ImportMedia> media = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    public DocumentBuilder(Format format, ImportLimits limits, boolean numberRepeats) {
        this.format = format;
        this.limits = limits;
        this.numberRepeats = numberRepeats;
    }

    /** Adds a question, renaming or reporting a repeated identity. */
    public void add(ImportItem item) throws ImportLimitException {
        count(item.where());
        ImportItem kept = item;
        if (!item.identity().isEmpty()) {
            int n = seen.merge(item.identity(), 1, Integer::sum);
            if (n > 1 && numberRepeats) {
                String renamed = item.identity() + " (" + n + ")";
                while (seen.containsKey(renamed)) {
                    n++;
                    renamed = item.identity() + " (" + n + ")";
                }
                seen.put(renamed, 1);
                notes.add(Messages.note(item.where(), "import.note.file.repeated-identity", item.identity(), renamed));
                kept = new ImportItem(
                        renamed,
                        item.where(),
                        item.topicPath(),
                        item.tags(),
                        item.text(),
                        item.explanation(),
                        item.content(),
                        item.html());
            } else if (n > 1) {
                problems.add(Messages.problem(item.where(), "import.problem.file.repeated-identity", item.identity()));
                return;
            }
        }
        items.add(kept);
    }

    /** Adds a skipped entry. */
    public void skip(ImportSkip skip) throws ImportLimitException {
        count(skip.where());
        skipped.add(skip);
    }

    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    public void note(ImportNote note) {
        notes.add(note);
    }

    public void media(ImportMedia file) {
        media.add(file);
    }

    /** The questions so far. */
    public List<ImportItem> items() {
        return items;
    }

    /** The document. */
    public ImportDocument build() {
        return new ImportDocument(format, items, skipped, problems, media, List.of(), notes);
    }

    private void count(org.quiztrainer.bank.io.Where where) throws ImportLimitException {
        if (items.size() + skipped.size() >= limits.maxItems()) {
            throw Messages.refusal(where, "import.problem.file.too-many-items", limits.maxItems());
        }
    }
}
