package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.ExportRequest.Entry;

/**
 * The notes an export writes: one per question, except that the cloze questions of one text are the cards of
 * one Cloze note, and a flashcard with its reverse (identities {@code G} and {@code G/1}, front and back
 * swapped, as a Basic (and reversed card) note gives them) is one note again. GUIDs are the identities
 * ({@link AnkiIdentity}), decks the topic paths under the bank's title, and each note carries its questions in
 * the hidden {@link QuestionData} field.
 */
final class ExportNotes {

    private final ExportRequest request;
    private final Locale locale;
    private final boolean chinese;
    private final ExportFields fields;
    private final TopicPaths topics;
    private final Set<String> guids = new HashSet<>();

    ExportNotes(ExportRequest request, boolean htmlOut) {
        this.request = request;
        this.locale = request.locale();
        this.chinese = "zh".equals(locale.getLanguage());
        this.fields = new ExportFields(locale, htmlOut);
        this.topics = new TopicPaths(request, locale);
    }

    /** The notes, in the order of their first question. */
    List<ExportNote> notes() {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        Map<String, Entry> flashcards = new LinkedHashMap<>();
        for (Entry e : request.questions()) {
            if (e.question().content() instanceof QuestionContent.Flashcard) {
                flashcards.put(e.identity(), e);
            }
        }
        Set<Entry> reverses = new HashSet<>();
        for (Entry e : request.questions()) {
            Question q = e.question();
            if (q.content() instanceof QuestionContent.Cloze) {
                groups.computeIfAbsent("cloze\u0000" + q.text().in(locale), k -> new ArrayList<>())
                        .add(e);
            } else if (reverses.contains(e)) {
                continue;
            } else {
                Entry reverse = reverseOf(e, flashcards);
                List<Entry> group = new ArrayList<>(List.of(e));
                if (reverse != null) {
                    reverses.add(reverse);
                    group.add(reverse);
                }
                groups.put("q\u0000" + e.identity() + "\u0000" + groups.size(), group);
            }
        }
        return groups.values().stream().map(this::note).toList();
    }

    private Entry reverseOf(Entry e, Map<String, Entry> flashcards) {
        if (!(e.question().content() instanceof QuestionContent.Flashcard f)
                || !e.question().explanation().isEmpty()) {
            return null;
        }
        Entry r =
                flashcards.get(AnkiIdentity.of(AnkiIdentity.parse(e.identity()).guid(), 1));
        if (r == null
                || r == e
                || r.html() != e.html()
                || !r.question().explanation().isEmpty()) {
            return null;
        }
        QuestionContent.Flashcard rf = (QuestionContent.Flashcard) r.question().content();
        boolean swapped = rf.back().in(locale).equals(e.question().text().in(locale))
                && r.question().text().in(locale).equals(f.back().in(locale));
        return swapped && AnkiIdentity.parse(e.identity()).ord() == 0 ? r : null;
    }

    private ExportNote note(List<Entry> group) {
        Entry first = group.get(0);
        Question q = first.question();
        List<String> visible = new ArrayList<>(fields.fields(q, first.html()));
        Map<Integer, QuestionData.Card> cards = new LinkedHashMap<>();
        List<ExportNote.Card> written = new ArrayList<>();
        ExportNote.Kind kind;
        String guid;
        if (q.content() instanceof QuestionContent.Cloze) {
            boolean typed = group.stream()
                    .anyMatch(e -> ((QuestionContent.Cloze) e.question().content()).typed());
            kind = typed ? ExportNote.Kind.CLOZE_TYPED : ExportNote.Kind.CLOZE;
            guid = clozeGuid(group);
            for (Entry e : group) {
                int ord = ((QuestionContent.Cloze) e.question().content()).number() - 1;
                if (!cards.containsKey(ord)) {
                    cards.put(ord, card(e.question()));
                    written.add(new ExportNote.Card(ord, topics.deck(e.question())));
                }
            }
        } else {
            kind = group.size() == 2
                    ? ExportNote.Kind.REVERSED
                    : q.content() instanceof QuestionContent.ShortAnswer
                            ? ExportNote.Kind.TYPING
                            : ExportNote.Kind.BASIC;
            guid = group.size() == 2 ? AnkiIdentity.parse(first.identity()).guid() : first.identity();
            for (int ord = 0; ord < group.size(); ord++) {
                cards.put(ord, card(group.get(ord).question()));
                written.add(new ExportNote.Card(ord, topics.deck(group.get(ord).question())));
            }
        }
        String hash = QuestionData.fingerprint(visible);
        String data = QuestionData.encode(new QuestionData.Payload(chinese ? "zh" : "en", first.html(), hash, cards));
        List<String> tags = q.tags().stream()
                .map(t -> t.strip().replaceAll("\\s+", "_"))
                .filter(t -> !t.isEmpty())
                .toList();
        return new ExportNote(unique(guid), kind, visible, data, tags, written);
    }

    private QuestionData.Card card(Question q) {
        return new QuestionData.Card(
                q.text().in(locale), q.explanation().in(locale), OneLanguage.content(q.content(), locale, chinese));
    }

    /** The GUID of a cloze note: the one its cards were imported with, else the identity of its first number. */
    private static String clozeGuid(List<Entry> group) {
        String shared = null;
        for (Entry e : group) {
            AnkiIdentity.Card card = AnkiIdentity.parse(e.identity());
            int number = ((QuestionContent.Cloze) e.question().content()).number();
            if (card.ord() != number - 1 || (shared != null && !shared.equals(card.guid()))) {
                return group.stream()
                        .min((a, b) -> Integer.compare(
                                ((QuestionContent.Cloze) a.question().content()).number(),
                                ((QuestionContent.Cloze) b.question().content()).number()))
                        .orElseThrow()
                        .identity();
            }
            shared = card.guid();
        }
        return shared;
    }

    private String unique(String guid) {
        String base = guid == null || guid.isBlank() ? "quiztrainer" : guid;
        String out = base;
        for (int n = 2; !guids.add(out); n++) {
            out = base + "~" + n;
        }
        return out;
    }
}
