package org.quiztrainer.bank.io.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.Rendering;
import org.quiztrainer.bank.io.support.TextSide;

/**
 * Turns a parsed GIFT question into an imported question, a skip or a problem (see docs/import-formats.md
 * for the table): its identity is its {@code ::name::}, or for an unnamed question Moodle's default name
 * (the text without tags, shortened to 80 characters). Per-answer feedback is added to the explanation,
 * after the general feedback, one line per answer.
 */
final class GiftQuestions {

    private GiftQuestions() {}

    static void add(GiftParser.Question q, List<String> path, int line, ImportOptions options, DocumentBuilder doc)
            throws ImportLimitException {
        Where where = new Where(line, q.name() == null ? "" : q.name());
        Draft d = new Draft(q, where, doc);
        Optional<Content> content = switch (q.kind()) {
            case DESCRIPTION -> d.skip("import.skip.gift.description");
            case ESSAY -> d.essay();
            case MULTICHOICE -> GiftChoices.multichoice(d);
            case TRUEFALSE -> GiftChoices.trueFalse(d);
            case SHORTANSWER -> GiftChoices.shortAnswer(d);
            case NUMERICAL -> GiftChoices.numerical(d);
            case MATCH -> GiftChoices.matching(d);
        };
        if (content.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>(d.plainTexts);
        d.parts.forEach(p -> texts.add(p.text()));
        texts.add(q.text().text());
        TextSide side = TextSide.of(options.language(), texts);
        Rendering r = Rendering.of(d.allParts());
        QuestionContent c;
        try {
            c = content.get().build(r, side);
        } catch (IllegalArgumentException e) {
            doc.problem(Messages.problem(where, "import.problem.gift.invalid", e.getMessage()));
            return;
        }
        String identity = q.name() != null && !q.name().isBlank()
                ? q.name()
                : defaultName(q.text().text());
        doc.add(new ImportItem(
                identity, where, path, q.tags(), side.text(r.render(q.text())), d.explanation(r, side), c, r.html()));
    }

    /** What a question's content is, once the question knows whether it is HTML and its language. */
    @FunctionalInterface
    interface Content {
        QuestionContent build(Rendering r, TextSide side);
    }

    /** Moodle's default name: the text without tags and with collapsed spaces, shortened to 80 characters. */
    static String defaultName(String text) {
        String s = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (s.length() <= 80) {
            return s;
        }
        String cut = s.substring(0, 77);
        int space = cut.lastIndexOf(' ');
        return (space > 40 ? cut.substring(0, space) : cut) + "...";
    }

    /** The question being mapped: its parts (for the HTML decision) and the feedback lines collected. */
    static final class Draft {
        final GiftParser.Question q;
        final Where where;
        final DocumentBuilder doc;
        final List<FormattedText> parts = new ArrayList<>();
        final List<String> plainTexts = new ArrayList<>();
        final List<FeedbackLine> feedback = new ArrayList<>();

        Draft(GiftParser.Question q, Where where, DocumentBuilder doc) {
            this.q = q;
            this.where = where;
            this.doc = doc;
        }

        Optional<Content> skip(String key) throws ImportLimitException {
            doc.skip(Messages.skip(where, key));
            return Optional.empty();
        }

        Optional<Content> problem(String key, Object... args) {
            doc.problem(Messages.problem(where, key, args));
            return Optional.empty();
        }

        void note(String key, Object... args) {
            doc.note(Messages.note(where, key, args));
        }

        /** Keeps an answer's feedback for the explanation, labelled with the answer. */
        void feedback(FormattedText label, FormattedText text) {
            if (!text.isEmpty()) {
                feedback.add(new FeedbackLine(label, null, text));
                parts.add(text);
            }
        }

        /** Keeps the feedback of a true/false answer, labelled "True" or "False" in the question's language. */
        void feedback(boolean truth, FormattedText text) {
            if (!text.isEmpty()) {
                feedback.add(new FeedbackLine(FormattedText.EMPTY, truth, text));
                parts.add(text);
            }
        }

        private Optional<Content> essay() throws ImportLimitException {
            if (q.feedback().isEmpty()) {
                return skip("import.skip.gift.essay-without-feedback");
            }
            note("import.note.gift.essay");
            FormattedText back = q.feedback();
            parts.add(back);
            return Optional.of((r, side) -> new QuestionContent.Flashcard(side.text(r.render(back))));
        }

        List<FormattedText> allParts() {
            List<FormattedText> all = new ArrayList<>(parts);
            all.add(q.text());
            all.add(q.feedback());
            return all;
        }

        LocalizedText explanation(Rendering r, TextSide side) {
            List<String> lines = new ArrayList<>();
            if (!q.feedback().isEmpty() && q.kind() != GiftParser.Kind.ESSAY) {
                lines.add(r.render(q.feedback()));
            }
            for (FeedbackLine f : feedback) {
                String label = f.truth() == null
                        ? r.render(f.label())
                        : side == TextSide.ZH ? (f.truth() ? "正确" : "错误") : (f.truth() ? "True" : "False");
                lines.add(label + ": " + r.render(f.text()));
            }
            String text = String.join(r.html() ? "<br>" : "\n", lines);
            return text.isBlank() ? LocalizedText.EMPTY : side.text(text);
        }
    }

    /** The feedback of one answer: its label (the answer, or a truth value) and its text. */
    record FeedbackLine(FormattedText label, Boolean truth, FormattedText text) {}

    static boolean isOne(BigDecimal fraction) {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }
}
