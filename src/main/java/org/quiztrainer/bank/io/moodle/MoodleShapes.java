package org.quiztrainer.bank.io.moodle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.support.CategoryPath;
import org.quiztrainer.bank.io.support.Html;

/**
 * How each type is written in Moodle XML. Flashcard: an essay whose grader information is the back (read
 * back as a flashcard). Single and multiple choice: {@code multichoice}, right answers 100 (or
 * {@code 100/k} each of k), wrong ones 0 (or {@code -100/(n-k)} in a multiple-answer question, so that
 * only the right set earns full marks). True/false, short answer (the language's accepted answers),
 * numerical (answer and tolerance; a unit is not written, with a note), matching, ordering (Moodle's
 * {@code ordering} type, the answers' fractions their positions). A cloze card: {@code cloze} with each
 * deletion it hides a {@code {1:SHORTANSWER:=answer}} gap and the other deletions as text (noted when that
 * loses a deletion number, a hint or a reveal-only card).
 */
final class MoodleShapes {

    private final MoodleXmlWriter out;
    private final Locale locale;

    MoodleShapes(MoodleXmlWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    /** Writes a question; false when it was left out. */
    boolean write(ExportRequest.Entry e, List<String> path) throws XMLStreamException {
        Question q = e.question();
        QuestionContent c = q.content();
        String type = type(c);
        XMLStreamWriter xml = out.xml();
        boolean html = e.html();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", type);
        String prefix = CategoryPath.join(path) + "::";
        boolean derived = e.identity().startsWith(prefix) && e.identity().length() > prefix.length();
        xml.writeStartElement("name");
        out.element("text", derived ? e.identity().substring(prefix.length()) : e.identity());
        xml.writeEndElement();
        String text = c instanceof QuestionContent.Cloze z
                ? cloze(e, q.text().in(locale), z)
                : q.text().in(locale);
        out.text("questiontext", text, html);
        out.text("generalfeedback", q.explanation().in(locale), html);
        out.element("defaultgrade", "1");
        out.element("penalty", "0.3333333");
        out.element("hidden", "0");
        out.element("idnumber", derived || e.identity().length() > 100 ? "" : e.identity());
        body(e, c, html);
        if (!q.tags().isEmpty()) {
            xml.writeStartElement("tags");
            for (String t : q.tags()) {
                xml.writeStartElement("tag");
                out.element("text", t);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return true;
    }

    private static String type(QuestionContent c) {
        return switch (c.type()) {
            case FLASHCARD -> "essay";
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case NUMERIC -> "numerical";
            case ORDERING -> "ordering";
            case MATCHING -> "matching";
            case CLOZE -> "cloze";
        };
    }

    private void body(ExportRequest.Entry e, QuestionContent c, boolean html) throws XMLStreamException {
        if (c instanceof QuestionContent.Flashcard f) {
            out.note(e, "export.note.moodle.flashcard-as-essay");
            out.element("responseformat", "editor");
            out.element("responserequired", "1");
            out.element("responsefieldlines", "10");
            out.element("attachments", "0");
            out.element("attachmentsrequired", "0");
            out.text("graderinfo", f.back().in(locale), html);
            out.text("responsetemplate", "", html);
        } else if (c instanceof QuestionContent.SingleChoice s) {
            choices(s.choices(), true, html);
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            choices(m.choices(), false, html);
        } else if (c instanceof QuestionContent.TrueFalse t) {
            answer("true", t.answer() ? "100" : "0", false);
            answer("false", t.answer() ? "0" : "100", false);
        } else if (c instanceof QuestionContent.ShortAnswer a) {
            out.element("usecase", "0");
            for (String x : a.accepted(locale)) {
                answer(x, "100", false);
            }
        } else if (c instanceof QuestionContent.Numeric n) {
            if (n.unit() != null) {
                out.note(e, "export.note.moodle.unit-dropped", n.unit());
            }
            XMLStreamWriter xml = out.xml();
            xml.writeStartElement("answer");
            xml.writeAttribute("fraction", "100");
            xml.writeAttribute("format", "moodle_auto_format");
            out.element("text", n.answer().toPlainString());
            out.element("tolerance", n.tolerance().toPlainString());
            out.text("feedback", "", false);
            xml.writeEndElement();
        } else if (c instanceof QuestionContent.Matching m) {
            out.element("shuffleanswers", "true");
            for (QuestionContent.MatchPair p : m.pairs()) {
                out.xml().writeStartElement("subquestion");
                out.xml().writeAttribute("format", html ? "html" : "plain_text");
                out.element("text", p.left().in(locale));
                out.xml().writeStartElement("answer");
                String right = p.right().in(locale);
                out.element("text", html ? Html.toText(right) : right);
                out.xml().writeEndElement();
                out.xml().writeEndElement();
            }
        } else if (c instanceof QuestionContent.Ordering o) {
            out.element("layouttype", "VERTICAL");
            out.element("selecttype", "ALL");
            out.element("selectcount", "0");
            out.element("gradingtype", "ABSOLUTE_POSITION");
            out.element("showgrading", "SHOW");
            out.element("numberingstyle", "none");
            for (int i = 0; i < o.items().size(); i++) {
                answer(o.items().get(i).in(locale), Integer.toString(i + 1), html);
            }
        }
    }

    private void choices(List<Choice> choices, boolean single, boolean html) throws XMLStreamException {
        long right = choices.stream().filter(Choice::correct).count();
        long wrong = choices.size() - right;
        out.element("single", Boolean.toString(single));
        out.element("shuffleanswers", "true");
        out.element("answernumbering", "abc");
        for (Choice x : choices) {
            String fraction = single
                    ? (x.correct() ? "100" : "0")
                    : x.correct() ? percent(right) : wrong == 0 ? "0" : "-" + percent(wrong);
            answer(x.text().in(locale), fraction, html);
        }
    }

    private void answer(String text, String fraction, boolean html) throws XMLStreamException {
        XMLStreamWriter xml = out.xml();
        xml.writeStartElement("answer");
        xml.writeAttribute("fraction", fraction);
        xml.writeAttribute("format", html ? "html" : "plain_text");
        out.element("text", text);
        out.text("feedback", "", html);
        xml.writeEndElement();
    }

    private static String percent(long parts) {
        return BigDecimal.valueOf(100)
                .divide(BigDecimal.valueOf(parts), 5, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString();
    }

    private String cloze(ExportRequest.Entry e, String text, QuestionContent.Cloze z) {
        StringBuilder out = new StringBuilder();
        boolean lossy = !z.typed() || z.number() != 1;
        for (ClozeText.Segment s : ClozeText.segments(text, z.number())) {
            if (s.hidden()) {
                lossy |= !s.hint().isEmpty();
                String answer = e.html() ? Html.toText(s.text()) : s.text();
                out.append("{1:SHORTANSWER:=")
                        .append(ClozeSyntax.escape(answer))
                        .append('}');
            } else {
                out.append(s.text());
            }
        }
        lossy |= ClozeText.numbers(text).size() > 1;
        if (lossy) {
            this.out.note(e, "export.note.moodle.cloze-as-gaps");
        }
        return out.toString();
    }
}
