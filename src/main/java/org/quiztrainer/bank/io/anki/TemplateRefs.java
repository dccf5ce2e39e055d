package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a card template shows, read from Anki's template syntax: {@code {{Field}}}, filters such as
 * {@code {{text:Field}}} or {@code {{furigana:Field}}}, {@code {{cloze:Field}}}, {@code {{type:Field}}},
 * {@code {{type:cloze:Field}}}. Sections ({@code {{#Field}}}, {@code {{^Field}}}, {@code {{/Field}}}),
 * comments, text-to-speech ({@code {{tts ...:Field}}}) and the special fields ({@code FrontSide}, {@code Tags},
 * ...) show no field text.
 */
final class TemplateRefs {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

    private static final Set<String> SPECIAL =
            Set.of("FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID");

    private TemplateRefs() {}

    /** How a template shows a field. */
    enum Kind {
        SHOWN,
        CLOZE,
        TYPED,
        TYPED_CLOZE
    }

    /** One field shown by a template. */
    record Ref(String field, Kind kind) {}

    /** The fields a template shows, in order of appearance. */
    static List<Ref> refs(String template) {
        List<Ref> out = new ArrayList<>();
        if (template == null) {
            return out;
        }
        Matcher m = TAG.matcher(template);
        while (m.find()) {
            String tag = m.group(1).strip();
            if (tag.isEmpty() || "#^/!".indexOf(tag.charAt(0)) >= 0) {
                continue;
            }
            String[] parts = tag.split(":");
            String field = parts[parts.length - 1].strip();
            if (SPECIAL.contains(field) || parts[0].startsWith("tts")) {
                continue;
            }
            boolean typed = parts.length > 1 && parts[0].strip().equals("type");
            boolean cloze = false;
            for (int i = 0; i < parts.length - 1; i++) {
                cloze |= parts[i].strip().equals("cloze");
            }
            Kind kind = typed && cloze ? Kind.TYPED_CLOZE : typed ? Kind.TYPED : cloze ? Kind.CLOZE : Kind.SHOWN;
            out.add(new Ref(field, kind));
        }
        return out;
    }
}
