package org.quiztrainer.transfer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.bank.io.ImportMedia;

/**
 * The images of an export: a stored text's {@code <img src="image:<id>">} becomes {@code <img src="<file>">} and
 * the file goes into the export (an Anki package's media, Moodle XML's embedded files), read once per image.
 */
final class ExportImages {

    private static final Pattern IMG =
            Pattern.compile("(<img\\b[^>]*?\\ssrc=\")" + RichText.IMAGE_SCHEME + "(\\d{1,18})(\")");

    private final LongFunction<Optional<ImportMedia>> load;
    private final Map<Long, Optional<ImportMedia>> byId = new HashMap<>();
    private final Map<String, ImportMedia> byName = new HashMap<>();

    ExportImages(LongFunction<Optional<ImportMedia>> load) {
        this.load = load;
    }

    /** The question with its images pointing at their files (a plain question as it is). */
    Question rewrite(Question q) {
        if (!q.html()) {
            return q;
        }
        UnaryOperator<String> f = this::rewrite;
        return new Question(
                q.id(),
                q.topicId(),
                q.tags(),
                q.source(),
                map(q.text(), f),
                map(q.explanation(), f),
                content(q.content(), f),
                q.origin(),
                true);
    }

    /** The file of an image by the name {@link #rewrite} gave it. */
    Optional<ImportMedia> file(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private String rewrite(String html) {
        if (!html.contains(RichText.IMAGE_SCHEME)) {
            return html;
        }
        Matcher m = IMG.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = Long.parseLong(m.group(2));
            Optional<ImportMedia> file = byId.computeIfAbsent(id, load::apply);
            file.ifPresent(f -> byName.put(f.name(), f));
            String src = file.map(ImportMedia::name).orElse(RichText.IMAGE_SCHEME + id);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + src + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static LocalizedText map(LocalizedText t, UnaryOperator<String> f) {
        return new LocalizedText(f.apply(t.zh()), f.apply(t.en()));
    }

    private static QuestionContent content(QuestionContent c, UnaryOperator<String> f) {
        if (c instanceof QuestionContent.Flashcard x) {
            return new QuestionContent.Flashcard(map(x.back(), f));
        } else if (c instanceof QuestionContent.SingleChoice x) {
            return new QuestionContent.SingleChoice(x.choices().stream()
                    .map(ch -> new QuestionContent.Choice(map(ch.text(), f), ch.correct()))
                    .toList());
        } else if (c instanceof QuestionContent.MultipleChoice x) {
            return new QuestionContent.MultipleChoice(x.choices().stream()
                    .map(ch -> new QuestionContent.Choice(map(ch.text(), f), ch.correct()))
                    .toList());
        } else if (c instanceof QuestionContent.Ordering x) {
            return new QuestionContent.Ordering(
                    x.items().stream().map(i -> map(i, f)).toList());
        } else if (c instanceof QuestionContent.Matching x) {
            return new QuestionContent.Matching(x.pairs().stream()
                    .map(p -> new QuestionContent.MatchPair(map(p.left(), f), map(p.right(), f)))
                    .toList());
        }
        return c;
    }
}
