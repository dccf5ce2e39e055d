package org.quiztrainer.bank.io.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.io.support.FormattedText;

/**
 * Takes one GIFT question apart as Moodle's {@code qformat_gift::readquestion} does: comment lines (their
 * {@code [tag:...]} kept), {@code $CATEGORY:}, {@code ::name::}, the answer section between the first
 * opening and the first closing brace (text after it makes a missing-word question, the section shown as
 * {@code _____}), the general feedback after the last {@code ####}, and the type from the answers.
 */
final class GiftParser {

    /** The question types GIFT tells apart. */
    enum Kind {
        DESCRIPTION,
        ESSAY,
        NUMERICAL,
        MULTICHOICE,
        MATCH,
        TRUEFALSE,
        SHORTANSWER
    }

    sealed interface Parsed {}

    /** A category switch: the questions after it are in {@code path}. */
    record Category(String path) implements Parsed {}

    /**
     * A question; {@code answers} still has its escapes hidden; {@code ordering} when a comment line says
     * {@value #ORDERING} (as this app writes an ordering, Moodle ignoring the comment).
     */
    record Question(
            String name,
            FormattedText text,
            FormattedText feedback,
            String answers,
            Kind kind,
            List<String> tags,
            boolean ordering)
            implements Parsed {}

    /** A block that is not a question: an i18n key under {@code import.problem.gift.} with its argument. */
    record Broken(String key, String arg) implements Parsed {}

    /** Nothing but comments. */
    record Empty() implements Parsed {}

    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>\\p{Cntrl}])+)]");
    private static final List<String> TRUE_FALSE = List.of("T", "TRUE", "F", "FALSE");

    /** The comment that marks a matching to the positions 1..n as an ordering. */
    static final String ORDERING = "[ordering]";

    private GiftParser() {}

    static Parsed parse(List<String> lines) {
        StringBuilder comments = new StringBuilder();
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.startsWith("//")) {
                comments.append(line).append('\n');
                kept.add(" ");
            } else {
                kept.add(line);
            }
        }
        String text = String.join("\n", kept).strip();
        if (text.isEmpty()) {
            return new Empty();
        }
        text = GiftEscapes.hide(text);
        if (text.startsWith("$CATEGORY:")) {
            return new Category(
                    GiftEscapes.restore(text.substring("$CATEGORY:".length())).strip());
        }
        String name = null;
        if (text.startsWith("::")) {
            text = text.substring(2);
            int end = text.indexOf("::");
            if (end >= 0) {
                name = GiftEscapes.restore(text.substring(0, end)).strip();
                text = text.substring(end + 2).strip();
            }
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        if (open < 0 && close < 0) {
            return new Question(
                    name,
                    GiftText.parse(text, FormattedText.Kind.MOODLE),
                    FormattedText.EMPTY,
                    "",
                    Kind.DESCRIPTION,
                    tags(comments),
                    false);
        }
        if (open < 0 || close < 0 || close < open) {
            return new Broken(
                    open < 0 ? "import.problem.gift.no-opening-brace" : "import.problem.gift.no-closing-brace", "");
        }
        String answers = text.substring(open + 1, close).strip();
        String question = text.endsWith("}")
                ? text.substring(0, open) + text.substring(close + 1)
                : text.substring(0, open) + "_____" + text.substring(close + 1);
        String generalFeedback = "";
        int general = answers.lastIndexOf("####");
        if (general >= 0) {
            generalFeedback = answers.substring(general + 4);
            answers = answers.substring(0, general).strip();
        }
        FormattedText questionPart = GiftText.parse(question, FormattedText.Kind.MOODLE);
        FormattedText feedbackPart = GiftText.parse(generalFeedback, questionPart.kind());
        return new Question(
                name,
                questionPart,
                feedbackPart,
                answers,
                kind(answers),
                tags(comments),
                comments.indexOf(ORDERING) >= 0);
    }

    private static Kind kind(String answers) {
        if (answers.isEmpty()) {
            return Kind.ESSAY;
        } else if (answers.charAt(0) == '#') {
            return Kind.NUMERICAL;
        } else if (answers.indexOf('~') >= 0) {
            return Kind.MULTICHOICE;
        } else if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            return Kind.MATCH;
        }
        int hash = answers.indexOf('#');
        String check = hash > 0 ? answers.substring(0, hash).strip() : answers;
        return TRUE_FALSE.contains(check) ? Kind.TRUEFALSE : Kind.SHORTANSWER;
    }

    private static List<String> tags(CharSequence comments) {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(comments);
        while (m.find()) {
            String tag = m.group(1).replace("\\]", "]").strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
