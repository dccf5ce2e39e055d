package org.quiztrainer.bank.io.moodle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.QuestionDraft;
import org.quiztrainer.bank.io.support.QuestionDraft.Content;

/** The Moodle XML types that arrange items: matching and ordering. */
final class MoodleArrangements {

    private MoodleArrangements() {}

    /** {@code matching}: subquestions and their answers; a subquestion without text is a distractor, left out. */
    static Optional<Content> matching(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        List<FormattedText> lefts = new ArrayList<>();
        List<String> rights = new ArrayList<>();
        int distractors = 0;
        for (XmlNode s : m.xml.all("subquestion")) {
            FormattedText left = m.text(s, m.text.kind());
            String right = s.child("answer").map(XmlNode::textOrInner).orElse("");
            if (left.isEmpty()
                    || org.quiztrainer.bank.io.support.Html.toText(left.text()).isEmpty()) {
                distractors++;
            } else if (right.isEmpty()) {
                return d.problem("import.problem.moodle.empty-answer");
            } else {
                lefts.add(d.part(left));
                rights.add(d.plain(right));
            }
        }
        if (distractors > 0) {
            d.note("import.note.moodle.distractors", distractors);
        }
        if (lefts.size() < 2) {
            return d.skip("import.skip.moodle.too-few-pairs");
        }
        return Optional.of((r, side) -> {
            List<QuestionContent.MatchPair> pairs = new ArrayList<>();
            for (int i = 0; i < lefts.size(); i++) {
                pairs.add(new QuestionContent.MatchPair(
                        side.text(r.render(lefts.get(i))), side.text(r.plain(rights.get(i)))));
            }
            return new QuestionContent.Matching(pairs);
        });
    }

    /** {@code ordering}: the answers in the order of their fractions (their positions). */
    static Optional<Content> ordering(MoodleQuestion m) throws ImportLimitException {
        QuestionDraft d = m.draft;
        List<XmlNode> answers = new ArrayList<>(m.xml.all("answer"));
        answers.sort(Comparator.comparing(MoodleQuestion::fraction));
        List<FormattedText> items = new ArrayList<>();
        for (XmlNode a : answers) {
            FormattedText t = m.answer(a);
            if (!t.isEmpty()) {
                items.add(d.part(t));
            }
        }
        if (items.size() < 2) {
            return d.skip("import.skip.moodle.too-few-items");
        }
        return Optional.of((r, side) -> new QuestionContent.Ordering(
                items.stream().map(t -> side.text(r.render(t))).toList()));
    }
}
