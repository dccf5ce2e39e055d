package org.quiztrainer.bank.io.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.CategoryPath;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.QuestionDraft;
import org.quiztrainer.bank.io.support.QuestionDraft.Content;

/**
 * Turns each {@code <question>} of a Moodle XML file into an imported question, a skip or a problem, as
 * Moodle's {@code qformat_xml} reads it. {@code type="category"} sets the topic path of the questions after
 * it. A question's identity is its {@code <idnumber>} when it has one (Moodle's own id, which the writer
 * also uses), otherwise its category path and name ({@code Course/Topic::name}; an unnamed one gets
 * Moodle's default name).
 */
final class MoodleQuestions {

    private final ImportOptions options;
    private final DocumentBuilder doc;
    private final MoodleMedia media;
    private List<String> path = List.of();

    MoodleQuestions(ImportOptions options, DocumentBuilder doc) {
        this.options = options;
        this.doc = doc;
        this.media = new MoodleMedia(options.limits(), doc);
    }

    void add(XmlNode q) throws ImportLimitException {
        String type = q.attribute("type", "");
        if (type.equals("category")) {
            path = CategoryPath.parse(q.value("category"));
            return;
        }
        String name = q.child("name").map(XmlNode::textOrInner).orElse("");
        QuestionDraft d = new QuestionDraft(new Where(q.line, name), doc);
        MoodleQuestion m = new MoodleQuestion(q, d, media);
        Optional<Content> content = switch (type) {
            case "multichoice" -> MoodleTypes.multichoice(m);
            case "truefalse" -> MoodleTypes.trueFalse(m);
            case "shortanswer" -> MoodleTypes.shortAnswer(m);
            case "numerical" -> MoodleTypes.numerical(m);
            case "matching", "match" -> MoodleArrangements.matching(m);
            case "ordering" -> MoodleArrangements.ordering(m);
            case "essay" -> MoodleTypes.essay(m);
            case "cloze", "multianswer" -> MoodleGaps.cloze(m);
            case "ddwtos" -> MoodleGaps.dragOrSelect(m, "dragbox");
            case "gapselect" -> MoodleGaps.dragOrSelect(m, "selectoption");
            case "description" -> d.skip("import.skip.moodle.description");
            case "calculated", "calculatedsimple", "calculatedmulti" -> d.skip("import.skip.moodle.calculated", type);
            case "random", "randomsamatch" -> d.skip("import.skip.moodle.random", type);
            case "ddimageortext", "ddmarker" -> d.skip("import.skip.moodle.image-based", type);
            default -> d.skip("import.skip.moodle.unsupported", type);
        };
        if (content.isEmpty()) {
            return;
        }
        if (m.text.isEmpty() && !name.isBlank()) {
            d.note("import.note.moodle.name-as-text");
            m.replaceText(new FormattedText(name, FormattedText.Kind.PLAIN));
        } else if (m.text.isEmpty()) {
            d.problem("import.problem.moodle.no-text");
            return;
        }
        String idnumber = q.value("idnumber");
        String identity = !idnumber.isBlank()
                ? idnumber
                : CategoryPath.join(path) + "::" + (name.isBlank() ? QuestionDraft.defaultName(m.text.text()) : name);
        d.add(
                identity,
                path,
                tags(q),
                m.text,
                m.general,
                content.get(),
                options.language(),
                "import.problem.moodle.invalid");
    }

    /** Moodle checks that references to files resolve; a missing one is noted by the caller. */
    private static List<String> tags(XmlNode q) {
        List<String> tags = new ArrayList<>();
        q.child("tags")
                .ifPresent(t -> t.all("tag").forEach(tag -> {
                    String v = tag.textOrInner();
                    if (!v.isBlank()) {
                        tags.add(v);
                    }
                }));
        return tags;
    }
}
