package org.quiztrainer.bank.io.anki;

/**
 * Whether a note type is one of Anki's standard ones (Basic, Basic (and reversed card), Basic (optional
 * reversed card), Basic (type in the answer), Cloze), recognised by Anki's {@code originalStockKind} where the
 * package has it and otherwise by its shape, since Anki translates their names.
 */
final class StockShapes {

    private StockShapes() {}

    static boolean isStock(NoteType type) {
        if (type.stockKind() >= 1 && type.stockKind() <= 5) {
            return true;
        }
        if (type.cloze()) {
            return type.templates().size() == 1;
        }
        long fields = type.fields().stream()
                .filter(f -> !f.equals(QuestionData.FIELD))
                .count();
        if (fields < 2
                || fields > 3
                || type.templates().isEmpty()
                || type.templates().size() > 2) {
            return false;
        }
        for (NoteType.Template t : type.templates()) {
            CardSides sides = CardSides.of(type, t.ord());
            int back = sides.typed() != null ? 0 : 1;
            if (sides.fallback() || sides.front().size() != 1 || sides.back().size() > back) {
                return false;
            }
        }
        return true;
    }
}
