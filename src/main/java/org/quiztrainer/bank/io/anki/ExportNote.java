package org.quiztrainer.bank.io.anki;

import java.util.List;

/**
 * A note to write, in the shape both Anki writers share.
 *
 * @param guid   its GUID (the questions' import identity)
 * @param kind   its note type
 * @param fields its visible fields, in the note type's order
 * @param data   the hidden {@link QuestionData} field
 * @param tags   its tags (no white space inside a tag)
 * @param cards  its cards
 */
record ExportNote(String guid, Kind kind, List<String> fields, String data, List<String> tags, List<Card> cards) {

    ExportNote {
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
        cards = List.copyOf(cards);
    }

    /** The note types written. */
    enum Kind {
        BASIC(StockNoteTypes.BASIC),
        REVERSED(StockNoteTypes.REVERSED),
        TYPING(StockNoteTypes.TYPING),
        CLOZE(StockNoteTypes.CLOZE),
        CLOZE_TYPED(StockNoteTypes.CLOZE);

        private final String stockName;

        Kind(String stockName) {
            this.stockName = stockName;
        }

        /** The name of Anki's standard note type of this shape (what a text export names). */
        String stockName() {
            return stockName;
        }
    }

    /**
     * One card.
     *
     * @param ord      its ordinal
     * @param deckPath its deck, outermost first
     */
    record Card(int ord, List<String> deckPath) {
        Card {
            deckPath = List.copyOf(deckPath);
        }
    }
}
