package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quiztrainer.bank.io.anki.TemplateRefs.Kind;
import org.quiztrainer.bank.io.anki.TemplateRefs.Ref;

/**
 * The fields a card shows, from its template: the question side, the field typed in (if any), the cloze
 * fields (cloze types) and the fields the answer side adds. A template that shows no field (or a note type
 * without templates, as a text export gives) falls back to Anki's plain reading: the first field is the
 * front, the others are the back.
 *
 * @param front    the fields of the question side, in order (not the typed or cloze ones)
 * @param typed    the field typed in, or {@code null}
 * @param cloze    the cloze fields
 * @param back     the fields the answer side adds
 * @param typedCloze whether the cloze is typed in ({@code {{type:cloze:Text}}})
 * @param fallback whether the template gave nothing and the fallback was used
 */
record CardSides(
        List<String> front, String typed, List<String> cloze, List<String> back, boolean typedCloze, boolean fallback) {

    /** The sides of a card of ordinal {@code ord}. */
    static CardSides of(NoteType type, int ord) {
        NoteType.Template t = type.template(ord);
        if (t == null) {
            return fallback(type);
        }
        List<Ref> q = TemplateRefs.refs(t.qfmt());
        List<Ref> a = TemplateRefs.refs(t.afmt());
        Set<String> front = new LinkedHashSet<>();
        Set<String> cloze = new LinkedHashSet<>();
        String typed = null;
        boolean typedCloze = false;
        for (Ref r : q) {
            switch (r.kind()) {
                case SHOWN -> front.add(r.field());
                case CLOZE -> cloze.add(r.field());
                case TYPED -> typed = typed == null ? r.field() : typed;
                case TYPED_CLOZE -> {
                    cloze.add(r.field());
                    typedCloze = true;
                }
            }
        }
        typedCloze |= a.stream().anyMatch(r -> r.kind() == Kind.TYPED_CLOZE);
        Set<String> back = new LinkedHashSet<>();
        for (Ref r : a) {
            if (r.kind() == Kind.SHOWN && !front.contains(r.field()) && !cloze.contains(r.field())) {
                back.add(r.field());
            }
        }
        if (typed != null) {
            front.remove(typed);
            back.remove(typed);
        }
        if (front.isEmpty() && cloze.isEmpty() && typed == null) {
            return fallback(type);
        }
        return new CardSides(List.copyOf(front), typed, List.copyOf(cloze), List.copyOf(back), typedCloze, false);
    }

    /** The plain reading of a note type: the first field is the front, the others are the back. */
    static CardSides plain(NoteType type) {
        return fallback(type);
    }

    /** These sides with the typed field (if any) shown on the back, first, rather than typed in. */
    CardSides typedOnBack() {
        if (typed == null) {
            return this;
        }
        List<String> withTyped = new ArrayList<>();
        withTyped.add(typed);
        back.stream().filter(f -> !f.equals(typed)).forEach(withTyped::add);
        return new CardSides(front, null, cloze, List.copyOf(withTyped), typedCloze, fallback);
    }

    private static CardSides fallback(NoteType type) {
        List<String> fields = type.fields();
        if (fields.isEmpty()) {
            return new CardSides(List.of(), null, List.of(), List.of(), false, true);
        }
        List<String> rest = new ArrayList<>(fields.subList(1, fields.size()));
        rest.remove(QuestionData.FIELD);
        if (type.cloze()) {
            return new CardSides(List.of(), null, List.of(fields.get(0)), rest, false, true);
        }
        return new CardSides(List.of(fields.get(0)), null, List.of(), rest, false, true);
    }
}
