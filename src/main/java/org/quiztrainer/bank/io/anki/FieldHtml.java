package org.quiztrainer.bank.io.anki;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * What Anki's HTML fields hold besides text: {@code [sound:name]} tags (dropped on import), images
 * ({@code <img src="name">}, kept as media by the names the fields use), and the plain text of a field (what
 * Anki compares a typed answer with).
 */
final class FieldHtml {

    /** Anki's sound tag, as {@code rslib/src/text.rs} {@code SOUND_TAG}. */
    private static final Pattern SOUND = Pattern.compile("\\[sound:([^]]+)]");

    private static final Pattern IMG_SRC = Pattern.compile(
            "<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);

    /** Anki's test for HTML in a text import: any tag or comment ({@code rslib/src/text.rs} {@code HTML}). */
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<.*?>");

    private FieldHtml() {}

    /** The file names of the sound tags of a field, in order. */
    static List<String> sounds(String field) {
        List<String> out = new ArrayList<>();
        Matcher m = SOUND.matcher(field);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The field without its sound tags. */
    static String withoutSounds(String field) {
        return SOUND.matcher(field).replaceAll("");
    }

    /** The image names a field refers to, HTML entities decoded, each once. */
    static Set<String> images(String html) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = IMG_SRC.matcher(html);
        while (m.find()) {
            String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String name = Parser.unescapeEntities(raw, true).trim();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** The visible text of an HTML fragment: tags removed, entities decoded, white space collapsed, NFC. */
    static String text(String html) {
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0
                ? html.strip().replaceAll("\\s+", " ")
                : Jsoup.parseBodyFragment(html).text();
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether a text holds an HTML tag or comment. */
    static boolean isHtml(String text) {
        return TAG.matcher(text).find();
    }

    /** A plain text as HTML: special characters escaped, line breaks as {@code <br>}. */
    static String escape(String plain) {
        return Entities.escape(plain).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** Whether a field is empty to the eye: no text and no image. */
    static boolean blank(String html) {
        return text(withoutSounds(html)).isBlank() && images(html).isEmpty();
    }
}
