package org.quiztrainer.bank.io.anki;

import java.util.List;
import org.quiztrainer.bank.io.Where;

/**
 * One card of a note, as read from a package's {@code cards} table or implied by a text export's note type.
 *
 * @param note     its note
 * @param ord      its 0-based ordinal (template index, or cloze number minus one)
 * @param deckPath its deck's name split at {@code ::}, outermost first
 * @param where    where it is, for messages
 */
record AnkiCard(AnkiNote note, int ord, List<String> deckPath, Where where) {

    AnkiCard {
        deckPath = List.copyOf(deckPath);
    }
}
