package org.quiztrainer.bank.io.support;

import java.util.Collection;

/**
 * How the parts of one question become its texts. A question is HTML when any part is written as HTML
 * ({@code [html]}, or Moodle's default format with a tag or an entity in it); its plain parts are then
 * escaped, and line breaks of the Moodle format become {@code <br>}. Otherwise every text is plain.
 */
public record Rendering(boolean html) {

    public static Rendering of(Collection<FormattedText> parts) {
        boolean html = parts.stream()
                .anyMatch(p -> p.kind() == FormattedText.Kind.HTML
                        || (p.kind() == FormattedText.Kind.MOODLE && Html.hasMarkup(p.text())));
        return new Rendering(html);
    }

    public String render(FormattedText part) {
        if (!html) {
            return part.text();
        }
        return switch (part.kind()) {
            case HTML -> part.text();
            case MOODLE -> Html.hasMarkup(part.text()) ? part.text().replace("\n", "<br>") : Html.fromText(part.text());
            case PLAIN, MARKDOWN -> Html.fromText(part.text());
        };
    }

    /** A text that is always plain in the file (a short answer, a matching right side). */
    public String plain(String text) {
        return html ? Html.fromText(text) : text;
    }
}
