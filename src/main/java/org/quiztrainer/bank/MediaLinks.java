package org.quiztrainer.bank;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the images of an imported draft at the bank's stored images: {@code <img src="name">}, where the
 * name is a media file of the import, becomes {@code <img src="image:<id>">} before the text is cleaned.
 */
final class MediaLinks {

    private MediaLinks() {}

    /** The draft with every formatted text's images linked; a plain draft is returned as it is. */
    static QuestionDraft link(QuestionDraft d, Map<String, Long> imageIds) {
        if (!d.html() || imageIds.isEmpty()) {
            return d;
        }
        UnaryOperator<String> f = html -> link(html, imageIds);
        ContentDraft c = d.content();
        ContentDraft linked = new ContentDraft(
                c.type(),
                both(c.back(), f),
                c.choices().stream()
                        .map(x -> new ContentDraft.ChoiceDraft(both(x.text(), f), x.correct()))
                        .toList(),
                c.truth(),
                c.acceptZh(),
                c.acceptEn(),
                c.number(),
                c.tolerance(),
                c.unit(),
                c.items().stream().map(t -> both(t, f)).toList(),
                c.pairs().stream()
                        .map(p -> new ContentDraft.PairDraft(both(p.left(), f), both(p.right(), f)))
                        .toList(),
                c.typed());
        return new QuestionDraft(
                d.key(),
                d.topicId(),
                d.topicPath(),
                d.tags(),
                d.source(),
                both(d.text(), f),
                both(d.explanation(), f),
                linked,
                true,
                d.baseVersion());
    }

    private static LocalizedText both(LocalizedText t, UnaryOperator<String> f) {
        return new LocalizedText(f.apply(t.zh()), f.apply(t.en()));
    }

    static String link(String html, Map<String, Long> imageIds) {
        if (html.isEmpty() || !html.contains("<img")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element img : doc.select("img")) {
            Long id = imageIds.get(img.attr("src"));
            if (id != null) {
                img.attr("src", RichText.IMAGE_SCHEME + id);
                changed = true;
            }
        }
        return changed ? doc.body().html() : html;
    }

    /** The media names a formatted text's images refer to. */
    static List<String> names(String html) {
        if (html.isEmpty() || !html.contains("<img")) {
            return List.of();
        }
        return Jsoup.parseBodyFragment(html).select("img").stream()
                .map(e -> e.attr("src"))
                .toList();
    }
}
