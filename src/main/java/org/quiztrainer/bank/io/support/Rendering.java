package org.quiztrainer.bank.io.support;

import java.util.Collection;

/**
 * How the parts of one question become its texts. A question is HTML when a part written as HTML (GIFT's
 * {@code [html]}, Moodle XML's {@code format="html"}, or Moodle's auto-format) has a tag or an entity in it;
 * its plain parts are then escaped, and line breaks of the Moodle format become {@code <br>}. Otherwise
 * (no markup anywhere, whatever the declared format) every text is plain text.
 */
public record Rendering(boolean html) {

    public static Rendering of(Collection<FormattedText> parts) {
        boolean html = parts.stream()
                .anyMatch(p -> (p.kind() == FormattedText.Kind.HTML || p.kind() == FormattedText.Kind.MOODLE)
                        && Html.hasMarkup(p.text()));
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
