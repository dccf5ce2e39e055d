package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;
import org.quiztrainer.bank.io.support.Messages;

/** Reads back a question this app exported, from its note's hidden field ({@link QuestionData}). */
final class DataReader {

    private final TextLanguage language;
    private final AnkiDocument out;

    DataReader(TextLanguage language, AnkiDocument out) {
        this.language = language;
        this.out = out;
    }

    /** The question the card was exported from, if its note has a valid hidden field and was not edited since. */
    Optional<ImportItem> item(AnkiCard card) {
        AnkiNote note = card.note();
        int index = -1;
        for (int i = 0; i < note.fields().size(); i++) {
            if (QuestionData.isData(note.fields().get(i))) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        List<String> visible = new ArrayList<>(note.fields().subList(0, index));
        Optional<QuestionData.Payload> payload =
                QuestionData.decode(note.fields().get(index));
        if (payload.isEmpty()) {
            report(note, "import.skip.anki.unreadable-data");
            return Optional.empty();
        }
        if (!payload.get().hash().equals(QuestionData.fingerprint(visible))) {
            report(note, "import.skip.anki.edited");
            return Optional.empty();
        }
        QuestionData.Card q = payload.get().cards().get(card.ord());
        if (q == null || !fits(q)) {
            return Optional.empty();
        }
        boolean from = "zh".equals(payload.get().lang());
        boolean zh = language == TextLanguage.DETECT ? from : language == TextLanguage.ZH;
        QuestionContent content = OneLanguage.content(q.content(), Languages.locale(from), zh);
        String explanation = q.explanation() == null ? "" : q.explanation();
        return Optional.of(new ImportItem(
                note.guid().isEmpty() ? "" : AnkiIdentity.of(note.guid(), card.ord()),
                card.where(),
                card.deckPath(),
                note.tags(),
                Languages.side(zh, q.text()),
                explanation.isBlank() ? LocalizedText.EMPTY : Languages.side(zh, explanation),
                content,
                payload.get().html()));
    }

    private static boolean fits(QuestionData.Card q) {
        return !(q.content() instanceof QuestionContent.Cloze c)
                || ClozeText.numbers(q.text()).contains(c.number());
    }

    private void report(AnkiNote note, String key) {
        if (out.firstReport(key + note.where())) {
            out.skip(Messages.skip(note.where(), key));
        }
    }
}
