package org.quiztrainer.bank.io.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.QuestionDraft;
import org.quiztrainer.bank.io.support.QuestionDraft.Content;

/** The content of the Moodle XML question types that map one to one (see docs/import-formats.md). */
final class MoodleTypes {

    private MoodleTypes() {}

    /**
     * {@code multichoice}: single-answer when {@code <single>} is true (the 100% answer is right; partial
     * credit counts as wrong, with a note; several 100% answers have no equivalent and are skipped), else
     * multiple-answer (every answer of positive fraction is right). Empty answers are left out, as Moodle
     * leaves them out when it saves the question.
     */
    static Optional<Content> multichoice(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        List<XmlNode> answers = new ArrayList<>();
        List<FormattedText> texts = new ArrayList<>();
        for (XmlNode a : m.xml.all("answer")) {
            FormattedText t = m.answer(a);
            if (t.text().isBlank()) {
                continue;
            }
            answers.add(a);
            texts.add(d.part(t));
            d.feedback(t, m.feedback(a));
        }
        if (answers.size() < 2) {
            return d.problem("import.problem.moodle.too-few-answers", 2);
        }
        if (m.flag("single", true)) {
            long right = answers.stream().filter(MoodleQuestion::full).count();
            if (right != 1) {
                return d.skip(
                        right == 0 ? "import.skip.moodle.no-full-answer" : "import.skip.moodle.several-right-answers");
            }
            if (answers.stream().anyMatch(a -> MoodleQuestion.fraction(a).signum() > 0 && !MoodleQuestion.full(a))) {
                d.note("import.note.moodle.partial-credit");
            }
            return Optional.of((r, side) -> new QuestionContent.SingleChoice(choices(texts, answers, r, side, true)));
        }
        if (answers.stream().noneMatch(a -> MoodleQuestion.fraction(a).signum() > 0)) {
            return d.skip("import.skip.moodle.no-full-answer");
        }
        return Optional.of((r, side) -> new QuestionContent.MultipleChoice(choices(texts, answers, r, side, false)));
    }

    private static List<QuestionContent.Choice> choices(
            List<FormattedText> texts,
            List<XmlNode> answers,
            org.quiztrainer.bank.io.support.Rendering r,
            org.quiztrainer.bank.io.support.TextSide side,
            boolean single) {
        List<QuestionContent.Choice> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            XmlNode a = answers.get(i);
            boolean right =
                    single ? MoodleQuestion.full(a) : MoodleQuestion.fraction(a).signum() > 0;
            out.add(new QuestionContent.Choice(side.text(r.render(texts.get(i))), right));
        }
        return out;
    }

    /** {@code truefalse}: the answer {@code true} worth 100% (old files with localised texts: true first). */
    static Optional<Content> trueFalse(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        Boolean answer = null;
        boolean first = true;
        for (XmlNode a : m.xml.all("answer")) {
            String t = a.textOrInner();
            boolean isTrue = t.equals("true") || (!t.equals("false") && first);
            first = false;
            answer = isTrue == MoodleQuestion.full(a);
            d.feedback(isTrue, m.feedback(a));
        }
        if (answer == null) {
            return d.problem("import.problem.moodle.too-few-answers", 2);
        }
        boolean value = answer;
        return Optional.of((r, side) -> new QuestionContent.TrueFalse(value));
    }

    /** {@code shortanswer}: the 100% answers are accepted; partial-credit and {@code *} answers are left out. */
    static Optional<Content> shortAnswer(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        List<String> accepted = new ArrayList<>();
        for (XmlNode a : m.xml.all("answer")) {
            String t = a.textOrInner();
            d.feedback(new FormattedText(t, FormattedText.Kind.PLAIN), m.feedback(a));
            if (t.equals("*") || t.contains("*")) {
                d.note("import.note.moodle.wildcard", t);
            } else if (!MoodleQuestion.full(a)) {
                d.note("import.note.moodle.partial-credit");
            } else if (!t.isEmpty()) {
                accepted.add(d.plain(t));
            }
        }
        if (accepted.isEmpty()) {
            return d.skip("import.skip.moodle.no-full-answer");
        }
        return Optional.of((r, side) -> side.accept(accepted));
    }

    /** {@code numerical}: the first 100% answer with its tolerance; units are not kept (noted). */
    static Optional<Content> numerical(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        BigDecimal value = null;
        BigDecimal tolerance = BigDecimal.ZERO;
        int others = 0;
        for (XmlNode a : m.xml.all("answer")) {
            String t = a.textOrInner();
            d.feedback(new FormattedText(t, FormattedText.Kind.PLAIN), m.feedback(a));
            if (t.equals("*") || t.isEmpty()) {
                continue;
            }
            if (value != null || !MoodleQuestion.full(a)) {
                others++;
                continue;
            }
            try {
                value = number(t);
                tolerance = number(a.value("tolerance").isEmpty() ? "0" : a.value("tolerance"))
                        .abs();
            } catch (NumberFormatException e) {
                return d.problem("import.problem.moodle.not-a-number", t);
            }
        }
        if (value == null) {
            return d.skip("import.skip.moodle.no-full-answer");
        }
        if (others > 0) {
            d.note("import.note.moodle.other-numbers", others);
        }
        m.xml.child("units")
                .flatMap(u -> u.child("unit"))
                .ifPresent(u -> d.note("import.note.moodle.unit-dropped", u.value("unit_name")));
        BigDecimal v = value;
        BigDecimal tol = tolerance;
        return Optional.of((r, side) -> new QuestionContent.Numeric(v, tol, null));
    }

    private static BigDecimal number(String s) {
        String t = s.strip().replace(',', '.');
        if (t.length() > 40) {
            throw new NumberFormatException("too long");
        }
        BigDecimal d = new BigDecimal(t);
        if (Math.abs(d.scale()) > 100) {
            throw new NumberFormatException("exponent");
        }
        return d;
    }

    /**
     * {@code essay}: a flashcard whose back is the grader information, else the general feedback; with
     * neither (Moodle imports it all the same) the back says that no model answer came with it.
     */
    static Optional<Content> essay(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        FormattedText grader = m.text(m.xml.child("graderinfo").orElse(null), m.text.kind());
        FormattedText back;
        if (!grader.isEmpty()) {
            back = grader;
        } else if (!m.general.isEmpty()) {
            back = m.general;
            m.general = FormattedText.EMPTY;
        } else {
            d.note("import.note.moodle.essay-without-answer");
            return Optional.of((r, side) ->
                    new QuestionContent.Flashcard(side.text(Messages.inLanguage(side, Messages.ESSAY_WITHOUT_ANSWER))));
        }
        d.note("import.note.moodle.essay");
        FormattedText b = d.part(back);
        return Optional.of((r, side) -> new QuestionContent.Flashcard(side.text(r.render(b))));
    }
}
