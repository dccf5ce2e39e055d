package org.quiztrainer.bank.io.moodle;

import java.math.BigDecimal;
import java.util.Optional;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.FormattedText.Kind;
import org.quiztrainer.bank.io.support.QuestionDraft;

/**
 * A Moodle XML question while it is mapped: its element, its draft, its text and its general feedback
 * (which an essay turns into its back), and how to read its texts (files attached, format kept).
 */
final class MoodleQuestion {

    final XmlNode xml;
    final QuestionDraft draft;
    FormattedText text;
    FormattedText general;
    private final MoodleMedia media;

    MoodleQuestion(XmlNode xml, QuestionDraft draft, MoodleMedia media) throws ImportLimitException {
        this.xml = xml;
        this.draft = draft;
        this.media = media;
        this.text = text(xml.child("questiontext").orElse(null), Kind.HTML);
        this.general = text(xml.child("generalfeedback").orElse(null), text.kind());
    }

    /** Replaces the question text (a cloze's gaps written as deletions). */
    void replaceText(FormattedText replacement) {
        this.text = replacement;
    }

    /** The text of an element with its format ({@code fallback} when it names none) and its files. */
    FormattedText text(XmlNode element, Kind fallback) throws ImportLimitException {
        if (element == null) {
            return new FormattedText("", fallback);
        }
        Kind kind = element.attributes.containsKey("format") ? Kind.xml(element.attribute("format", "")) : fallback;
        String attached = media.attach(element, element.textOrInner(), draft.where());
        if (attached.contains(MoodleMedia.PLUGINFILE)) {
            draft.note("import.note.moodle.missing-file");
        }
        return new FormattedText(attached, kind);
    }

    /** An answer's text in the question's format (as Moodle reads multiple-choice answers). */
    FormattedText answer(XmlNode answer) throws ImportLimitException {
        return text(answer, text.kind());
    }

    /** An answer's feedback. */
    FormattedText feedback(XmlNode answer) throws ImportLimitException {
        return text(answer.child("feedback").orElse(null), text.kind());
    }

    /** An answer's fraction in percent ({@code fraction="100"}); 0 when it is missing or not a number. */
    static BigDecimal fraction(XmlNode answer) {
        try {
            return new BigDecimal(answer.attribute("fraction", "0").strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static boolean full(XmlNode answer) {
        return fraction(answer).compareTo(BigDecimal.valueOf(100)) == 0;
    }

    /** A yes/no option as Moodle reads it: {@code false}, {@code 0} or empty is no. */
    boolean flag(String child, boolean fallback) {
        Optional<XmlNode> n = xml.child(child);
        if (n.isEmpty()) {
            return fallback;
        }
        String v = n.get().textOrInner();
        return !(v.isEmpty() || v.equals("false") || v.equals("0"));
    }
}
