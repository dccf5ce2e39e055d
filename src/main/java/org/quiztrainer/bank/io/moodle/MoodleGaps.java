package org.quiztrainer.bank.io.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.Html;
import org.quiztrainer.bank.io.support.QuestionDraft;
import org.quiztrainer.bank.io.support.QuestionDraft.Content;

/**
 * The questions with gaps in their text: embedded answers ({@code cloze}/{@code multianswer}), drag and drop
 * into text ({@code ddwtos}) and select missing words ({@code gapselect}). Gaps that are typed (short answer,
 * numerical) or chosen from a list (ddwtos, gapselect: the right choice) become one typed cloze card,
 * every gap a deletion {@code c1}; a cloze with a single choice gap becomes a single- or multiple-choice
 * question with the gap shown as {@code _____}; in a cloze of several gaps a choice gap becomes a typed
 * deletion of its right choice (a multiple-response gap with several right choices cannot, and is skipped).
 */
final class MoodleGaps {

    private static final Pattern PLACE = Pattern.compile("\\[\\[(\\d{1,3})]]");

    private MoodleGaps() {}

    /**
     * {@code cloze} / {@code multianswer}. A text without gaps, a choice gap with fewer than two choices, a
     * gap without an answer worth full marks (a multiple-response gap: without a positive one) or a numerical
     * gap whose answer is not a number is a problem, as Moodle refuses such a question (and with it the file).
     */
    static Optional<Content> cloze(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        String text = m.text.text();
        List<ClozeSyntax.Gap> gaps = ClozeSyntax.gaps(text);
        if (gaps.isEmpty()) {
            return d.problem("import.problem.moodle.cloze-without-gaps");
        }
        for (ClozeSyntax.Gap g : gaps) {
            Optional<String> broken = broken(g);
            if (broken.isPresent()) {
                return d.problem(broken.get(), gaps.indexOf(g) + 1);
            }
        }
        if (gaps.size() == 1 && isChoice(gaps.get(0))) {
            return choiceGap(m, text, gaps.get(0));
        }
        List<String> answers = new ArrayList<>();
        for (ClozeSyntax.Gap g : gaps) {
            Optional<String> answer = typedAnswer(d, g);
            if (answer.isEmpty()) {
                return g.kind() == ClozeSyntax.Kind.MULTI
                        ? d.skip("import.skip.moodle.cloze-several-right")
                        : d.skip("import.skip.moodle.cloze-gap-without-answer");
            }
            answers.add(answer.get());
        }
        if (gaps.stream().anyMatch(MoodleGaps::isChoice)) {
            d.note("import.note.moodle.gaps-typed");
        }
        return typed(
                m, text, gaps.stream().map(g -> new int[] {g.start(), g.end()}).toList(), answers);
    }

    /** What Moodle's {@code qtype_multianswer_validate_question} says is wrong with a gap, as a problem key. */
    private static Optional<String> broken(ClozeSyntax.Gap g) {
        List<ClozeSyntax.Answer> given =
                g.answers().stream().filter(a -> !a.text().isEmpty()).toList();
        if (isChoice(g) ? given.size() < 2 : given.isEmpty()) {
            return Optional.of("import.problem.moodle.cloze-too-few-answers");
        }
        if (g.kind() == ClozeSyntax.Kind.NUMBER
                && given.stream().anyMatch(a -> !a.text().equals("*") && !isNumber(numberPart(a.text())))) {
            return Optional.of("import.problem.moodle.cloze-not-a-number");
        }
        boolean right = g.kind() == ClozeSyntax.Kind.MULTI
                ? given.stream().anyMatch(a -> a.percent().signum() > 0)
                : given.stream().anyMatch(MoodleGaps::isFull);
        return right ? Optional.empty() : Optional.of("import.problem.moodle.cloze-no-full-answer");
    }

    /**
     * The answer a typed deletion asks for: the first full-marks answer (a numerical one without its
     * tolerance); of a multiple-response gap only its single right choice. Empty when there is none.
     */
    private static Optional<String> typedAnswer(QuestionDraft d, ClozeSyntax.Gap g) throws ImportLimitException {
        List<ClozeSyntax.Answer> right = g.kind() == ClozeSyntax.Kind.MULTI
                ? g.answers().stream().filter(a -> a.percent().signum() > 0).toList()
                : g.answers().stream()
                        .filter(a ->
                                isFull(a) && !a.text().isEmpty() && !a.text().equals("*"))
                        .toList();
        if (right.isEmpty() || (g.kind() == ClozeSyntax.Kind.MULTI && right.size() > 1)) {
            return Optional.empty();
        }
        if (!isChoice(g) && g.answers().size() > 1) {
            d.note("import.note.moodle.cloze-alternatives");
        }
        String answer = right.get(0).text();
        if (g.kind() == ClozeSyntax.Kind.NUMBER && answer.indexOf(':') >= 0) {
            d.note("import.note.moodle.cloze-tolerance");
            answer = numberPart(answer);
        }
        return Optional.of(answer);
    }

    private static boolean isChoice(ClozeSyntax.Gap g) {
        return g.kind() == ClozeSyntax.Kind.CHOICE || g.kind() == ClozeSyntax.Kind.MULTI;
    }

    private static String numberPart(String answer) {
        int colon = answer.indexOf(':');
        return (colon < 0 ? answer : answer.substring(0, colon)).strip();
    }

    /** A number as Moodle's numerical question reads one ({@code -1.234}, {@code 3e8}, a decimal comma). */
    private static boolean isNumber(String s) {
        String t = s.strip().replace(',', '.');
        if (t.isEmpty() || t.length() > 40) {
            return false;
        }
        try {
            new java.math.BigDecimal(t.startsWith("+") ? t.substring(1) : t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code ddwtos} and {@code gapselect}: {@code [[n]]} is the place of choice n, which is right there. */
    static Optional<Content> dragOrSelect(MoodleQuestion m, String choiceElement) throws ImportLimitException {
        QuestionDraft d = m.draft;
        List<String> choices =
                m.xml.all(choiceElement).stream().map(XmlNode::textOrInner).toList();
        String text = m.text.text();
        List<int[]> places = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        Matcher p = PLACE.matcher(text);
        while (p.find()) {
            int n = Integer.parseInt(p.group(1));
            if (n < 1 || n > choices.size()) {
                return d.problem("import.problem.moodle.gap-without-choice", n);
            }
            places.add(new int[] {p.start(), p.end()});
            answers.add(choices.get(n - 1));
        }
        if (places.isEmpty()) {
            return d.skip("import.skip.moodle.cloze-without-gaps");
        }
        d.note("import.note.moodle.gaps-typed");
        return typed(m, text, places, answers);
    }

    private static Optional<Content> typed(MoodleQuestion m, String text, List<int[]> places, List<String> answers)
            throws ImportLimitException {
        if (answers.stream().anyMatch(a -> a.contains("::") || a.contains("}}") || a.contains("{{"))) {
            return m.draft.skip("import.skip.moodle.cloze-answer-syntax");
        }
        boolean html = m.text.kind() == FormattedText.Kind.HTML || Html.hasMarkup(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < places.size(); i++) {
            out.append(text, at, places.get(i)[0]);
            String a = answers.get(i);
            out.append("{{c1::").append(html ? Html.fromText(a) : a).append("}}");
            at = places.get(i)[1];
        }
        out.append(text.substring(at));
        m.replaceText(new FormattedText(out.toString(), m.text.kind()));
        return Optional.of((r, side) -> new QuestionContent.Cloze(1, true));
    }

    private static boolean isFull(ClozeSyntax.Answer a) {
        return a.percent().compareTo(java.math.BigDecimal.valueOf(100)) == 0;
    }

    private static Optional<Content> choiceGap(MoodleQuestion m, String text, ClozeSyntax.Gap gap)
            throws ImportLimitException {
        QuestionDraft d = m.draft;
        boolean multi = gap.kind() == ClozeSyntax.Kind.MULTI;
        List<ClozeSyntax.Answer> given =
                gap.answers().stream().filter(a -> !a.text().isEmpty()).toList();
        if (!multi && given.stream().filter(MoodleGaps::isFull).count() > 1) {
            return d.skip("import.skip.moodle.several-right-answers");
        }
        List<String> texts = given.stream().map(a -> d.plain(a.text())).toList();
        m.replaceText(
                new FormattedText(text.substring(0, gap.start()) + "_____" + text.substring(gap.end()), m.text.kind()));
        return Optional.of((r, side) -> {
            List<QuestionContent.Choice> choices = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                ClozeSyntax.Answer a = given.get(i);
                boolean ok = multi ? a.percent().signum() > 0 : isFull(a);
                choices.add(new QuestionContent.Choice(side.text(r.plain(texts.get(i))), ok));
            }
            return multi ? new QuestionContent.MultipleChoice(choices) : new QuestionContent.SingleChoice(choices);
        });
    }
}
