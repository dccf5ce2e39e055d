package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.DraftLimits;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Turns an Anki card into a question. Basic cards (and both cards of Basic (and reversed card), the reverse
 * of Basic (optional reversed card)) become flashcards: front the fields of the question side, back the fields
 * the answer side adds. A card with {@code {{type:Field}}} (Basic (type in the answer)) becomes a short answer
 * accepting the field's text; in a note type that is not a standard one it becomes a flashcard with the typed
 * field on the back, as other note types do. A cloze card becomes the cloze question of its number, with the other answer
 * fields (Back Extra) as explanation; {@code {{type:cloze:...}}} makes it typed. Image occlusion, empty cards
 * and nested deletions are skipped with the reason; sounds are dropped and reported. A note this app wrote
 * comes back as the question it was, unless its fields were edited since ({@link QuestionData}).
 */
final class NoteMapper {

    private static final Pattern NESTED = Pattern.compile("\\{\\{c\\d+::(?:(?!}}).)*\\{\\{c\\d+::", Pattern.DOTALL);

    private final TextLanguage language;
    private final AnkiDocument out;

    NoteMapper(TextLanguage language, AnkiDocument out) {
        this.language = language;
        this.out = out;
    }

    /** Maps one card, adding its question (or its skip) to the document. */
    void map(AnkiCard card) throws ImportLimitException {
        AnkiNote note = card.note();
        NoteType type = note.type();
        Optional<ImportItem> fromData = new DataReader(language, out).item(card);
        if (fromData.isPresent()) {
            add(fromData.get(), note);
            return;
        }
        if (type.stockKind() == NoteType.IMAGE_OCCLUSION
                || note.fields().stream().anyMatch(f -> f.contains("image-occlusion:"))) {
            out.skip(Messages.skip(card.where(), "import.skip.anki.image-occlusion"));
            return;
        }
        CardSides sides = CardSides.of(type, card.ord());
        boolean stock = StockShapes.isStock(type);
        if (!stock || sides.fallback()) {
            out.otherType(type.name(), card.where());
        }
        if (type.cloze()) {
            cloze(card, sides);
        } else if (sides.typed() != null && stock) {
            typed(card, sides);
        } else {
            flashcard(card, stock ? sides : sides.typedOnBack(), stock);
        }
    }

    private void cloze(AnkiCard card, CardSides sides) throws ImportLimitException {
        String text = join(card, sides.cloze().isEmpty() ? sides.front() : sides.cloze());
        int number = card.ord() + 1;
        if (NESTED.matcher(text).find()) {
            out.skip(Messages.skip(card.where(), "import.skip.anki.nested-cloze"));
        } else if (number > ClozeText.MAX_NUMBER || !ClozeText.numbers(text).contains(number)) {
            out.skip(Messages.skip(card.where(), "import.skip.anki.empty-cloze", number));
        } else {
            String extra = join(card, sides.back());
            boolean zh = Languages.chinese(language, visible(card, text), visible(card, extra));
            item(card, text, Languages.side(zh, extra), new QuestionContent.Cloze(number, sides.typedCloze()), zh);
        }
    }

    private void typed(AnkiCard card, CardSides sides) throws ImportLimitException {
        String front = join(card, sides.front());
        String answer = visible(card, clean(card, card.note().field(sides.typed())));
        if (blank(card, front) || answer.isBlank()) {
            empty(card, front);
            return;
        }
        String extra = join(card, sides.back());
        boolean zh = Languages.chinese(language, visible(card, front), answer, visible(card, extra));
        QuestionContent content =
                new QuestionContent.ShortAnswer(zh ? List.of(answer) : List.of(), zh ? List.of() : List.of(answer));
        item(card, front, Languages.side(zh, extra), content, zh);
    }

    /**
     * A flashcard. When the template of a note type that is not a standard one shows nothing on a side (fields
     * it does not have, delimiters it changes, only images missing from the package), the card is read as the
     * issue's plain reading instead: the first field is the front, the others the back.
     */
    private void flashcard(AnkiCard card, CardSides sides, boolean stock) throws ImportLimitException {
        String front = join(card, sides.front());
        String back = join(card, sides.back());
        if ((blank(card, front) || blank(card, back)) && !stock && !sides.fallback()) {
            flashcard(card, CardSides.plain(card.note().type()), false);
            return;
        }
        if (blank(card, front) || blank(card, back)) {
            empty(card, blank(card, front) ? front : back);
            return;
        }
        boolean zh = Languages.chinese(language, visible(card, front), visible(card, back));
        item(card, front, LocalizedText.EMPTY, new QuestionContent.Flashcard(Languages.side(zh, back)), zh);
    }

    private void item(AnkiCard card, String text, LocalizedText explanation, QuestionContent content, boolean zh)
            throws ImportLimitException {
        AnkiNote note = card.note();
        String back = content instanceof QuestionContent.Flashcard f
                ? (zh ? f.back().zh() : f.back().en())
                : "";
        int longest = Math.max(stored(note, text), stored(note, back));
        if (longest > DraftLimits.TEXT_MAX) {
            out.skip(Messages.skip(card.where(), "import.skip.anki.too-long", longest, DraftLimits.TEXT_MAX));
            return;
        }
        if (stored(note, zh ? explanation.zh() : explanation.en()) > DraftLimits.TEXT_MAX) {
            out.skip(Messages.skip(card.where(), "import.skip.anki.extra-too-long", DraftLimits.TEXT_MAX));
            explanation = LocalizedText.EMPTY;
        }
        String identity = note.guid().isEmpty() ? "" : AnkiIdentity.of(note.guid(), card.ord());
        add(
                new ImportItem(
                        identity,
                        card.where(),
                        card.deckPath(),
                        AnkiTags.fit(note.tags(), out),
                        Languages.side(zh, text),
                        explanation.isEmpty() ? LocalizedText.EMPTY : explanation,
                        content,
                        note.html()),
                note);
    }

    private void add(ImportItem item, AnkiNote note) throws ImportLimitException {
        out.item(item);
        if (note.html()) {
            List<String> texts =
                    new ArrayList<>(List.of(item.text().zh(), item.text().en()));
            if (item.content() instanceof QuestionContent.Flashcard f) {
                texts.add(f.back().zh());
                texts.add(f.back().en());
            }
            texts.add(item.explanation().zh());
            texts.add(item.explanation().en());
            texts.forEach(t -> FieldHtml.images(t).forEach(out::image));
        }
    }

    /** The fields joined, sounds dropped (and reported), empty ones left out. */
    private String join(AnkiCard card, List<String> fields) {
        List<String> parts = new ArrayList<>();
        for (String name : fields) {
            String value = clean(card, card.note().field(name));
            if (!FieldHtml.blank(value)) {
                parts.add(value.strip());
            }
        }
        return String.join(card.note().html() ? "<br>" : "\n", parts);
    }

    private String clean(AnkiCard card, String field) {
        FieldHtml.sounds(field).forEach(s -> out.sound(s, card.note().where()));
        return FieldHtml.withoutSounds(field);
    }

    /**
     * The length of a side as the bank stores it (HTML sanitised), which it holds to {@link DraftLimits#TEXT_MAX}:
     * a card over it is skipped rather than stopping the whole import. Short sides are not sanitised twice
     * (sanitising at most quadruples a length, {@code <} to {@code &lt;}).
     */
    private static int stored(AnkiNote note, String side) {
        if (side.length() * 4 <= DraftLimits.TEXT_MAX) {
            return side.length();
        }
        return note.html() ? RichText.sanitise(side).length() : side.strip().length();
    }

    /**
     * Whether a side shows nothing: no text once sounds are dropped, and no image the package holds (a bank
     * keeps no image it was not given, so a side of missing images only would be empty).
     */
    private boolean blank(AnkiCard card, String html) {
        if (!card.note().html()) {
            return FieldHtml.blank(html);
        }
        return FieldHtml.text(FieldHtml.withoutSounds(html)).isBlank()
                && FieldHtml.images(html).stream().noneMatch(out::hasMedia);
    }

    /** Skips an empty card, naming the images it would show when they are what is missing. */
    private void empty(AnkiCard card, String side) {
        List<String> missing = card.note().html() ? List.copyOf(FieldHtml.images(side)) : List.of();
        if (missing.isEmpty()) {
            out.skip(Messages.skip(card.where(), "import.skip.anki.empty-card"));
        } else {
            out.skip(Messages.skip(card.where(), "import.skip.anki.only-missing-images", String.join(", ", missing)));
        }
    }

    private static String visible(AnkiCard card, String field) {
        return card.note().html() ? FieldHtml.text(field) : field.strip();
    }
}
