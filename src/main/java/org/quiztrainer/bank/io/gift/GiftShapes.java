package org.quiztrainer.bank.io.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.support.Html;

/**
 * How each question type is written in GIFT. Single choice {@code =right ~wrong}; multiple choice
 * {@code ~%w%} with each right choice weighing {@code 100/k} (k right) and each wrong one {@code -100/(n-k)},
 * so that Moodle gives full marks only for exactly the right set; true/false {@code TRUE}/{@code FALSE};
 * short answer {@code =a =b}; numeric {@code #answer:tolerance} (a unit is not written); matching
 * {@code =left -> right}. The nearest type where GIFT has none, each with a note: a flashcard as an essay
 * whose general feedback is the back (then the explanation); an ordering as a matching of each item to its
 * position ({@code =item -> 1}, read back as an ordering); a cloze card hiding one deletion as a
 * missing-word short answer ({@code text {=answer} text}, read back as a short answer), hiding several as
 * an essay showing the front, with the back as general feedback.
 */
final class GiftShapes {

    /**
     * A question's pieces.
     *
     * @param before  the text before the answer braces
     * @param answers what is inside the braces, escaped, without the general feedback
     * @param general the general feedback, not escaped
     * @param after   the text after the braces (a missing-word question)
     */
    record Shape(String before, String answers, String general, String after) {}

    /** Where notes go. */
    @FunctionalInterface
    interface Notes {
        void note(ExportRequest.Entry entry, String key, Object... args);
    }

    private final Locale locale;
    private final Notes notes;

    GiftShapes(Locale locale, Notes notes) {
        this.locale = locale;
        this.notes = notes;
    }

    Optional<Shape> shape(ExportRequest.Entry e) {
        Question q = e.question();
        String text = q.text().in(locale);
        String explain = q.explanation().in(locale);
        boolean html = e.html();
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Flashcard f) {
            notes.note(e, "export.note.gift.flashcard-as-essay");
            if (!explain.isBlank()) {
                notes.note(e, "export.note.gift.explanation-after-back");
            }
            return Optional.of(new Shape(text, "", join(f.back().in(locale), explain, html), ""));
        } else if (c instanceof QuestionContent.SingleChoice s) {
            return Optional.of(new Shape(text, choices(s.choices(), html), explain, ""));
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            return Optional.of(new Shape(text, weighted(m.choices(), html), explain, ""));
        } else if (c instanceof QuestionContent.TrueFalse t) {
            return Optional.of(new Shape(text, "\n\t" + (t.answer() ? "TRUE" : "FALSE"), explain, ""));
        } else if (c instanceof QuestionContent.ShortAnswer a) {
            String lines = a.accepted(locale).stream()
                    .map(x -> "\n\t=" + (x.startsWith("%") ? "%100%" : "") + GiftWriter.part(x, false))
                    .collect(Collectors.joining());
            return Optional.of(new Shape(text, lines, explain, ""));
        } else if (c instanceof QuestionContent.Numeric n) {
            if (n.unit() != null) {
                notes.note(e, "export.note.gift.unit-dropped", n.unit());
            }
            String answer =
                    "\n\t#" + n.answer().toPlainString() + ":" + n.tolerance().toPlainString();
            return Optional.of(new Shape(text, answer, explain, ""));
        } else if (c instanceof QuestionContent.Matching m) {
            return pairs(e, text, explain, m);
        } else if (c instanceof QuestionContent.Ordering o) {
            if (o.items().stream().anyMatch(i -> i.in(locale).contains("->"))) {
                notes.note(e, "export.skip.gift.arrow-in-item");
                return Optional.empty();
            }
            notes.note(e, "export.note.gift.ordering-as-matching");
            String lines = IntStream.range(0, o.items().size())
                    .mapToObj(i -> "\n\t=" + GiftWriter.part(o.items().get(i).in(locale), html) + " -> " + (i + 1))
                    .collect(Collectors.joining());
            return Optional.of(new Shape(text, lines, explain, ""));
        } else if (c instanceof QuestionContent.Cloze z) {
            return Optional.of(cloze(e, text, explain, z));
        }
        throw new IllegalArgumentException("unknown content " + c);
    }

    private Optional<Shape> pairs(ExportRequest.Entry e, String text, String explain, QuestionContent.Matching m) {
        if (m.pairs().stream().anyMatch(p -> p.left().in(locale).contains("->"))) {
            notes.note(e, "export.skip.gift.arrow-in-item");
            return Optional.empty();
        }
        boolean html = e.html();
        if (html && m.pairs().stream().anyMatch(p -> Html.hasMarkup(p.right().in(locale)))) {
            notes.note(e, "export.note.gift.right-side-as-text");
        }
        String lines = m.pairs().stream()
                .map(p -> {
                    String right = p.right().in(locale);
                    return "\n\t=" + GiftWriter.part(p.left().in(locale), html) + " -> "
                            + GiftEscapes.escape(html ? Html.toText(right) : right);
                })
                .collect(Collectors.joining());
        return Optional.of(new Shape(text, lines, explain, ""));
    }

    private Shape cloze(ExportRequest.Entry e, String text, String explain, QuestionContent.Cloze z) {
        List<ClozeText.Segment> segments = ClozeText.segments(text, z.number());
        List<ClozeText.Segment> hidden =
                segments.stream().filter(ClozeText.Segment::hidden).toList();
        if (hidden.size() != 1) {
            notes.note(e, "export.note.gift.cloze-as-essay");
            return new Shape(
                    ClozeText.front(text, z.number()),
                    "",
                    join(ClozeText.back(text, z.number()), explain, e.html()),
                    "");
        }
        notes.note(e, "export.note.gift.cloze-as-short-answer");
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean past = false;
        for (ClozeText.Segment s : segments) {
            if (s.hidden()) {
                past = true;
            } else {
                (past ? after : before).append(s.text());
            }
        }
        String answer =
                e.html() ? Html.toText(hidden.get(0).text()) : hidden.get(0).text();
        return new Shape(before.toString(), "=" + GiftWriter.part(answer, false), explain, after.toString());
    }

    private String choices(List<Choice> choices, boolean html) {
        return choices.stream()
                .map(x -> {
                    String t = x.text().in(locale);
                    String mark = x.correct() ? "=" : t.startsWith("%") ? "~%0%" : "~";
                    return "\n\t" + mark + GiftWriter.part(t, html);
                })
                .collect(Collectors.joining());
    }

    private String weighted(List<Choice> choices, boolean html) {
        long right = choices.stream().filter(Choice::correct).count();
        long wrong = choices.size() - right;
        String plus = percent(100, right);
        String minus = wrong == 0 ? "0" : "-" + percent(100, wrong);
        return choices.stream()
                .map(x -> "\n\t~%" + (x.correct() ? plus : minus) + "%"
                        + GiftWriter.part(x.text().in(locale), html))
                .collect(Collectors.joining());
    }

    private static String percent(int total, long parts) {
        return BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf(parts), 5, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String join(String back, String explain, boolean html) {
        return explain.isBlank() ? back : back + (html ? "<br><br>" : "\n\n") + explain;
    }
}
