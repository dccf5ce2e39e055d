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
 * question with the gap shown as {@code _____}; a cloze mixing several gaps with choice gaps has no
 * equivalent and is skipped.
 */
final class MoodleGaps {

    private static final Pattern PLACE = Pattern.compile("\\[\\[(\\d{1,3})]]");

    private MoodleGaps() {}

    /** {@code cloze} / {@code multianswer}. */
    static Optional<Content> cloze(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        String text = m.text.text();
        List<ClozeSyntax.Gap> gaps = ClozeSyntax.gaps(text);
        if (gaps.isEmpty()) {
            return d.skip("import.skip.moodle.cloze-without-gaps");
        }
        boolean choice =
                gaps.stream().anyMatch(g -> g.kind() == ClozeSyntax.Kind.CHOICE || g.kind() == ClozeSyntax.Kind.MULTI);
        if (choice && gaps.size() > 1) {
            return d.skip("import.skip.moodle.cloze-mixed");
        }
        if (choice) {
            return choiceGap(m, text, gaps.get(0));
        }
        List<String> answers = new ArrayList<>();
        for (ClozeSyntax.Gap g : gaps) {
            Optional<ClozeSyntax.Answer> full = g.answers().stream()
                    .filter(a -> isFull(a) && !a.text().isEmpty())
                    .findFirst();
            if (full.isEmpty()) {
                return d.skip("import.skip.moodle.cloze-gap-without-answer");
            }
            if (g.answers().size() > 1) {
                d.note("import.note.moodle.cloze-alternatives");
            }
            String answer = full.get().text();
            int colon = answer.indexOf(':');
            if (g.kind() == ClozeSyntax.Kind.NUMBER && colon >= 0) {
                d.note("import.note.moodle.cloze-tolerance");
                answer = answer.substring(0, colon).strip();
            }
            answers.add(answer);
        }
        return typed(
                m, text, gaps.stream().map(g -> new int[] {g.start(), g.end()}).toList(), answers);
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
        long right =
                gap.answers().stream().filter(a -> a.percent().signum() > 0).count();
        long full = gap.answers().stream().filter(a -> isFull(a)).count();
        if (gap.answers().size() < 2 || (multi ? right == 0 : full != 1)) {
            return d.skip("import.skip.moodle.no-full-answer");
        }
        List<String> texts = gap.answers().stream().map(a -> d.plain(a.text())).toList();
        m.replaceText(
                new FormattedText(text.substring(0, gap.start()) + "_____" + text.substring(gap.end()), m.text.kind()));
        return Optional.of((r, side) -> {
            List<QuestionContent.Choice> choices = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                ClozeSyntax.Answer a = gap.answers().get(i);
                boolean ok = multi ? a.percent().signum() > 0 : isFull(a);
                choices.add(new QuestionContent.Choice(side.text(r.plain(texts.get(i))), ok));
            }
            return multi ? new QuestionContent.MultipleChoice(choices) : new QuestionContent.SingleChoice(choices);
        });
    }
}
