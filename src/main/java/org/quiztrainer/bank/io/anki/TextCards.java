package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.ClozeText;

/**
 * The cards Anki makes for a note of a text export: a cloze note one per deletion number; any other note one per
 * template whose question side shows a non-empty field and whose sections ({@code {{#Field}}}) are non-empty, as
 * the reverse card of Basic (optional reversed card) needs its Add Reverse field.
 */
final class TextCards {

    private static final Pattern SECTION = Pattern.compile("\\{\\{#([^}]+)}}");

    private TextCards() {}

    static List<Integer> ords(AnkiNote note) {
        NoteType type = note.type();
        List<Integer> out = new ArrayList<>();
        if (type.cloze()) {
            CardSides sides = CardSides.of(type, 0);
            StringBuilder text = new StringBuilder();
            for (String f : sides.cloze().isEmpty() ? sides.front() : sides.cloze()) {
                text.append(note.field(f)).append('\n');
            }
            ClozeText.numbers(text.toString()).stream()
                    .filter(n -> n <= ClozeText.MAX_NUMBER)
                    .forEach(n -> out.add(n - 1));
        } else {
            for (NoteType.Template t : type.templates()) {
                if (shows(note, t)) {
                    out.add(t.ord());
                }
            }
        }
        return out.isEmpty() ? List.of(0) : out;
    }

    private static boolean shows(AnkiNote note, NoteType.Template t) {
        Matcher m = SECTION.matcher(t.qfmt());
        while (m.find()) {
            if (FieldHtml.blank(note.field(m.group(1).strip()))) {
                return false;
            }
        }
        CardSides sides = CardSides.of(note.type(), t.ord());
        List<String> shown = new ArrayList<>(sides.front());
        if (sides.typed() != null) {
            shown.add(sides.typed());
        }
        return shown.stream().anyMatch(f -> !FieldHtml.blank(note.field(f)));
    }
}
