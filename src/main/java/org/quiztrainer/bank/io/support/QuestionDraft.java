package org.quiztrainer.bank.io.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;
import org.quiztrainer.bank.io.Where;

/**
 * A question of a Moodle format (GIFT, Moodle XML) while it is mapped: the texts it has (for the HTML and
 * language decisions), the per-answer feedback collected for the explanation, and the skips, problems and
 * notes it raises. Per-answer feedback is added to the explanation after the general feedback, one line
 * per answer ({@code answer: feedback}), so that nothing an author wrote is lost.
 */
public final class QuestionDraft {

    /** What a question's content is, once it is known whether it is HTML and which language it is in. */
    @FunctionalInterface
    public interface Content {
        QuestionContent build(Rendering r, TextSide side);
    }

    /** The feedback of one answer: its label (the answer, or a truth value) and its text. */
    private record FeedbackLine(FormattedText label, Boolean truth, FormattedText text) {}

    private final Where where;
    private final DocumentBuilder doc;
    private final List<FormattedText> parts = new ArrayList<>();
    private final List<String> plainTexts = new ArrayList<>();
    private final List<FeedbackLine> feedback = new ArrayList<>();

    public QuestionDraft(Where where, DocumentBuilder doc) {
        this.where = where;
        this.doc = doc;
    }

    /**
     * Moodle's name for a question that has none: its text without tags, white space collapsed, shortened to
     * 80 characters at a word ({@code ...} appended).
     */
    public static String defaultName(String text) {
        String s = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (s.length() <= 80) {
            return s;
        }
        String cut = s.substring(0, 77);
        int space = cut.lastIndexOf(' ');
        return (space > 40 ? cut.substring(0, space) : cut) + "...";
    }

    public Where where() {
        return where;
    }

    /** A formatted text of the question (a choice, a left side). */
    public FormattedText part(FormattedText part) {
        parts.add(part);
        return part;
    }

    /** A text that is plain whatever the question's format (an accepted answer, a right side). */
    public String plain(String text) {
        plainTexts.add(text);
        return text;
    }

    public Optional<Content> skip(String key, Object... args) throws ImportLimitException {
        doc.skip(Messages.skip(where, key, args));
        return Optional.empty();
    }

    public Optional<Content> problem(String key, Object... args) {
        doc.problem(Messages.problem(where, key, args));
        return Optional.empty();
    }

    public void note(String key, Object... args) {
        doc.note(Messages.note(where, key, args));
    }

    /** Keeps an answer's feedback for the explanation, labelled with the answer. */
    public void feedback(FormattedText label, FormattedText text) {
        if (!text.isEmpty()) {
            feedback.add(new FeedbackLine(label, null, text));
            parts.add(text);
        }
    }

    /** Keeps the feedback of a true/false answer, labelled "True" or "False" in the question's language. */
    public void feedback(boolean truth, FormattedText text) {
        if (!text.isEmpty()) {
            feedback.add(new FeedbackLine(FormattedText.EMPTY, truth, text));
            parts.add(text);
        }
    }

    /**
     * Adds the question to the document, or a problem when its content is not valid.
     *
     * @param general the general feedback (the explanation), or empty; not repeated when it is the back
     */
    public void add(
            String identity,
            List<String> path,
            List<String> tags,
            FormattedText text,
            FormattedText general,
            Content content,
            TextLanguage language,
            String invalidKey)
            throws ImportLimitException {
        List<FormattedText> all = new ArrayList<>(parts);
        all.add(text);
        all.add(general);
        List<String> texts = new ArrayList<>(plainTexts);
        all.forEach(p -> texts.add(p.text()));
        TextSide side = TextSide.of(language, texts);
        Rendering r = Rendering.of(all);
        QuestionContent c;
        try {
            c = content.build(r, side);
        } catch (IllegalArgumentException e) {
            doc.problem(Messages.problem(where, invalidKey, e.getMessage()));
            return;
        }
        LocalizedText shown = side.text(r.render(text));
        if (shown.isEmpty()) {
            doc.problem(Messages.problem(where, invalidKey, "a question needs a text"));
            return;
        }
        doc.add(new ImportItem(identity, where, path, tags, shown, explanation(r, side, general), c, r.html()));
    }

    private LocalizedText explanation(Rendering r, TextSide side, FormattedText general) {
        List<String> lines = new ArrayList<>();
        if (!general.isEmpty()) {
            lines.add(r.render(general));
        }
        for (FeedbackLine f : feedback) {
            String label = f.truth() == null
                    ? r.render(f.label())
                    : side == TextSide.ZH ? (f.truth() ? "正确" : "错误") : (f.truth() ? "True" : "False");
            lines.add(label + ": " + r.render(f.text()));
        }
        String joined = String.join(r.html() ? "<br>" : "\n", lines);
        return joined.isBlank() ? LocalizedText.EMPTY : side.text(joined);
    }
}
