package org.quiztrainer.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionDraft;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.Where;

/**
 * The drafts an import saves: one per question of the file, except that the cloze cards of one note (the same
 * note identity and text) are one draft, the note, which the bank stores as one question per deletion number.
 * Keys come from the identities ({@link ImportKeys}). A topic path that starts with the bank's own title (as
 * GIFT and Moodle XML exports write it: {@code $course$/top/<title>/<topic>}) starts below it, so that a bank's
 * export imported into it keeps every question in its topic.
 *
 * @param drafts  in file order (a note where its first card is)
 * @param origins for each draft, the items of the document it comes from and where the first one is
 */
record ImportDrafts(List<QuestionDraft> drafts, List<Origin> origins) {

    /** Where a draft comes from. */
    record Origin(Where where, List<Integer> items) {}

    ImportDrafts {
        drafts = List.copyOf(drafts);
        origins = List.copyOf(origins);
    }

    /** The drafts of a document's questions for a bank of that title (blank: none). */
    static ImportDrafts of(ImportDocument doc, String bankTitle) {
        List<Slot> slots = new ArrayList<>();
        Map<String, Slot> notes = new LinkedHashMap<>();
        List<ImportItem> items = doc.items();
        for (int i = 0; i < items.size(); i++) {
            ImportItem item = items.get(i);
            if (item.content() instanceof QuestionContent.Cloze card) {
                String note = ImportKeys.noteOf(item.identity(), card);
                String group = String.join(
                        "\u0000",
                        note,
                        item.text().zh(),
                        item.text().en(),
                        String.valueOf(item.html()),
                        String.join("/", item.topicPath()),
                        String.join(",", item.tags()),
                        item.explanation().zh(),
                        item.explanation().en());
                Slot slot = notes.get(group);
                if (slot == null) {
                    slot = new Slot(item, ImportKeys.noteKey(note));
                    notes.put(group, slot);
                    slots.add(slot);
                }
                slot.items.add(i);
                slot.typed |= card.typed();
            } else {
                Slot slot = new Slot(item, ImportKeys.key(item.identity()));
                slot.items.add(i);
                slots.add(slot);
            }
        }
        List<QuestionDraft> drafts = new ArrayList<>(slots.size());
        List<Origin> origins = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            QuestionDraft d = QuestionDraft.of(s.first, s.key);
            List<String> path = belowTitle(d.topicPath(), bankTitle);
            if (path.size() != d.topicPath().size()) {
                d = new QuestionDraft(
                        d.key(),
                        d.topicId(),
                        path,
                        d.tags(),
                        d.source(),
                        d.text(),
                        d.explanation(),
                        d.content(),
                        d.html(),
                        d.baseVersion());
            }
            if (s.first.content() instanceof QuestionContent.Cloze) {
                d = new QuestionDraft(
                        d.key(),
                        d.topicId(),
                        d.topicPath(),
                        d.tags(),
                        d.source(),
                        d.text(),
                        d.explanation(),
                        ContentDraft.cloze(s.typed),
                        d.html(),
                        null);
            }
            drafts.add(d);
            origins.add(new Origin(s.first.where(), List.copyOf(s.items)));
        }
        return new ImportDrafts(drafts, origins);
    }

    private static List<String> belowTitle(List<String> path, String bankTitle) {
        if (bankTitle == null || bankTitle.isBlank() || path.isEmpty()) {
            return path;
        }
        return path.get(0).strip().equalsIgnoreCase(bankTitle.strip()) ? path.subList(1, path.size()) : path;
    }

    private static final class Slot {
        final ImportItem first;
        final String key;
        final List<Integer> items = new ArrayList<>();
        boolean typed;

        Slot(ImportItem first, String key) {
            this.first = first;
            this.key = key;
        }
    }
}
