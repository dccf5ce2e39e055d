package org.quiztrainer.bank.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionDraft;

/** A draft as plain lines, "label: text", for the author to copy what a refused save did not keep. */
final class DraftText {

    private DraftText() {}

    static String describe(QuestionDraft d, FieldLabels labels) {
        List<String> out = new ArrayList<>();
        line(out, labels, "key", d.key());
        line(out, labels, "tags", String.join(", ", d.tags()));
        line(out, labels, "source", d.source());
        pair(out, labels, "text", d.text());
        ContentDraft c = d.content();
        pair(out, labels, "back", c.back());
        for (int i = 0; i < c.choices().size(); i++) {
            ContentDraft.ChoiceDraft x = c.choices().get(i);
            pair(out, labels, "choice." + i, x.text());
            if (x.correct()) {
                out.add(labels.label("choice." + i) + ": ✓");
            }
        }
        if (c.truth() != null) {
            line(out, labels, "truth", c.truth().toString());
        }
        line(out, labels, "accept.zh", String.join(" | ", c.acceptZh()));
        line(out, labels, "accept.en", String.join(" | ", c.acceptEn()));
        line(out, labels, "number", c.number());
        line(out, labels, "tolerance", c.tolerance());
        line(out, labels, "unit", c.unit());
        for (int i = 0; i < c.items().size(); i++) {
            pair(out, labels, "item." + i, c.items().get(i));
        }
        for (int i = 0; i < c.pairs().size(); i++) {
            pair(out, labels, "pair." + i + ".left", c.pairs().get(i).left());
            pair(out, labels, "pair." + i + ".right", c.pairs().get(i).right());
        }
        pair(out, labels, "explanation", d.explanation());
        return String.join("\n", out);
    }

    private static void pair(List<String> out, FieldLabels labels, String name, LocalizedText t) {
        line(out, labels, name + ".zh", t.zh());
        line(out, labels, name + ".en", t.en());
    }

    private static void line(List<String> out, FieldLabels labels, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(labels.label(name) + ": " + value);
        }
    }
}
