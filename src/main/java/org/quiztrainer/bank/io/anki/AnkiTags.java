package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quiztrainer.bank.DraftLimits;

/**
 * An Anki note's tags made to fit a bank's rules (at most {@link DraftLimits#TAGS_MAX} tags of
 * {@link DraftLimits#TAG_MAX} characters, no comma), so that a shared deck's long hierarchical tags
 * ({@code #AK_Step1_v12::#B&B::01_Biochem::...}) do not stop its import: a comma separates tags; a tag too long
 * keeps its last {@code ::} levels that fit, else its first {@code TAG_MAX} characters; tags past the most are
 * left out. What was changed is reported once per file ({@link AnkiDocument#tagFitted}).
 */
final class AnkiTags {

    private AnkiTags() {}

    /** The tags that fit, in order, each once (as the bank compares them: lower case, spaces as hyphens). */
    static List<String> fit(List<String> tags, AnkiDocument doc) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : tags) {
            for (String part : tag.split(",")) {
                String t = part.strip();
                if (t.isEmpty()) {
                    continue;
                }
                String fitted = shorten(t);
                if (!fitted.equals(t) || !part.equals(tag)) {
                    doc.tagFitted(tag);
                }
                if (seen.add(fitted.toLowerCase(Locale.ROOT).replace(' ', '-'))) {
                    if (out.size() < DraftLimits.TAGS_MAX) {
                        out.add(fitted);
                    } else {
                        doc.tagFitted(tag);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A tag of at most {@code TAG_MAX} characters (code points): its last levels that fit, or its start. */
    static String shorten(String tag) {
        if (tag.codePointCount(0, tag.length()) <= DraftLimits.TAG_MAX) {
            return tag;
        }
        String[] levels = tag.split("::");
        String kept = "";
        for (int i = levels.length - 1; i >= 0; i--) {
            String candidate = kept.isEmpty() ? levels[i] : levels[i] + "::" + kept;
            if (candidate.codePointCount(0, candidate.length()) > DraftLimits.TAG_MAX) {
                break;
            }
            kept = candidate;
        }
        if (!kept.isBlank()) {
            return kept.strip();
        }
        return tag.substring(0, tag.offsetByCodePoints(0, DraftLimits.TAG_MAX)).strip();
    }
}
