package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Anki's standard note types with their fields and templates as Anki creates them ({@code rslib/src/notetype/
 * stock.rs}): what a text export's note type names stand for, and what a package this app writes holds (with
 * the hidden {@link QuestionData#FIELD} added).
 */
final class StockNoteTypes {

    static final String BASIC = "Basic";
    static final String REVERSED = "Basic (and reversed card)";
    static final String OPTIONAL_REVERSED = "Basic (optional reversed card)";
    static final String TYPING = "Basic (type in the answer)";
    static final String CLOZE = "Cloze";

    private static final String BASIC_A = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}";

    private StockNoteTypes() {}

    static NoteType basic(long id, String name) {
        return new NoteType(id, name, false, 1, List.of("Front", "Back"), List.of(card1("{{Front}}", BASIC_A)));
    }

    static NoteType reversed(long id, String name) {
        return new NoteType(
                id,
                name,
                false,
                2,
                List.of("Front", "Back"),
                List.of(
                        card1("{{Front}}", BASIC_A),
                        new NoteType.Template(
                                1, "Card 2", "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}")));
    }

    static NoteType optionalReversed(long id, String name) {
        return new NoteType(
                id,
                name,
                false,
                3,
                List.of("Front", "Back", "Add Reverse"),
                List.of(
                        card1("{{Front}}", BASIC_A),
                        new NoteType.Template(
                                1,
                                "Card 2",
                                "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                                "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}")));
    }

    static NoteType typing(long id, String name) {
        return new NoteType(
                id,
                name,
                false,
                4,
                List.of("Front", "Back"),
                List.of(card1("{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")));
    }

    static NoteType cloze(long id, String name, boolean typed) {
        String q = typed ? "{{cloze:Text}}\n{{type:cloze:Text}}" : "{{cloze:Text}}";
        return new NoteType(
                id,
                name,
                true,
                5,
                List.of("Text", "Back Extra"),
                List.of(new NoteType.Template(0, name, q, q + "<br>\n{{Back Extra}}")));
    }

    /**
     * The note type a text export names: a standard one by its English name, otherwise one with {@code fields}
     * unnamed fields (read as first field front, the others back), or a cloze type when its name says cloze.
     */
    static NoteType forName(String name, int fields) {
        String n = name.strip();
        return switch (n.toLowerCase(Locale.ROOT)) {
            case "basic", "" -> basic(0, n.isEmpty() ? BASIC : n);
            case "basic (and reversed card)" -> reversed(0, n);
            case "basic (optional reversed card)" -> optionalReversed(0, n);
            case "basic (type in the answer)" -> typing(0, n);
            case "cloze" -> cloze(0, n, false);
            default -> {
                List<String> names = new ArrayList<>();
                IntStream.rangeClosed(1, Math.max(fields, 1)).forEach(i -> names.add(String.valueOf(i)));
                boolean cloze = n.toLowerCase(Locale.ROOT).contains("cloze") || n.contains("填空");
                yield new NoteType(0, n, cloze, 0, names, List.of());
            }
        };
    }

    private static NoteType.Template card1(String q, String a) {
        return new NoteType.Template(0, "Card 1", q, a);
    }
}
