package org.quiztrainer.bank.io.anki;

import java.util.List;

/**
 * An Anki note type (Anki calls it a notetype or model) as a package stores it: in the {@code col.models} JSON
 * of a legacy collection, in the {@code notetypes}, {@code fields} and {@code templates} tables of schema 15+.
 *
 * @param id        its id
 * @param name      its name (localised by Anki for the stock types, so never used to recognise them)
 * @param cloze     whether it is a cloze type (one card per deletion number)
 * @param stockKind Anki's {@code OriginalStockKind} (0 unknown, 1 Basic, 2 and reversed, 3 optional reversed,
 *                  4 typing, 5 cloze, 6 image occlusion); 0 for types made before Anki 2.1.62
 * @param fields    the field names, in order
 * @param templates the card templates, in order
 */
record NoteType(long id, String name, boolean cloze, int stockKind, List<String> fields, List<Template> templates) {

    /** Anki's {@code OriginalStockKind} of image occlusion. */
    static final int IMAGE_OCCLUSION = 6;

    NoteType {
        fields = List.copyOf(fields);
        templates = List.copyOf(templates);
    }

    /**
     * A card template.
     *
     * @param ord  its ordinal: the card ordinal of the cards it makes (cloze types have one template)
     * @param name its name
     * @param qfmt the question side
     * @param afmt the answer side
     */
    record Template(int ord, String name, String qfmt, String afmt) {}

    /** The template of a card ordinal: for a cloze type always the first. */
    Template template(int cardOrd) {
        if (cloze) {
            return templates.isEmpty() ? null : templates.get(0);
        }
        return templates.stream().filter(t -> t.ord() == cardOrd).findFirst().orElse(null);
    }
}
