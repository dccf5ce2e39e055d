package org.quiztrainer.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.SaveReport;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.study.ImportedCard;

/**
 * The histories of a saved import, each on the question its card became: the file's identity gives the item, the
 * item its draft, the save its question (a cloze card the question of its deletion number).
 */
final class HistoryCards {

    private HistoryCards() {}

    static List<ImportedCard> of(ImportDocument doc, ImportDrafts drafts, SaveReport saved) {
        Map<String, Integer> itemOf = new HashMap<>();
        for (int i = 0; i < doc.items().size(); i++) {
            itemOf.putIfAbsent(doc.items().get(i).identity(), i);
        }
        Map<Integer, Integer> draftOf = new HashMap<>();
        for (int d = 0; d < drafts.origins().size(); d++) {
            for (int item : drafts.origins().get(d).items()) {
                draftOf.put(item, d);
            }
        }
        Map<Integer, List<SaveReport.Saved>> byDraft = new HashMap<>();
        for (SaveReport.Saved s : saved.saved()) {
            if (s.outcome() != SaveReport.Outcome.RETIRED) {
                byDraft.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(s);
            }
        }
        List<ImportedCard> out = new ArrayList<>();
        for (ReviewHistory h : doc.histories()) {
            Integer item = itemOf.get(h.identity());
            if (item == null || h.identity().isEmpty()) {
                continue;
            }
            ImportItem it = doc.items().get(item);
            List<SaveReport.Saved> rows = byDraft.getOrDefault(draftOf.get(item), List.of());
            SaveReport.Saved question = rows.stream()
                    .filter(s -> !(it.content() instanceof QuestionContent.Cloze z)
                            || s.key().endsWith("#c" + z.number()))
                    .findFirst()
                    .orElse(null);
            AnkiHistories.Answers a = AnkiHistories.of(h);
            if (question == null || (a.answers().isEmpty() && !h.suspended())) {
                continue;
            }
            out.add(new ImportedCard(
                    question.questionId(),
                    it.content().type(),
                    question.revision(),
                    a.answers(),
                    h.due(),
                    h.suspended()));
        }
        return out;
    }
}
