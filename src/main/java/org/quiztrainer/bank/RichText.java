package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The small, safe formatting subset of question texts: paragraphs and line breaks, bold, italic, code, lists,
 * sub- and superscripts, and images of the bank ({@code <img src="image:42" alt="...">}). Everything else is
 * removed by jsoup's allow-list ({@link Safelist}); a formatted text is cleaned on save and again when shown.
 */
public final class RichText {

    /** How a formatted text refers to an image of its bank: {@code image:<id>}. */
    public static final String IMAGE_SCHEME = "image:";

    /**
     * The first id (counting down) that stands for an image not stored yet, in an import's preview: the largest
     * an {@code image:<id>} may have ({@link #imageId} reads at most 18 digits), so that the preview's texts keep
     * their images as saving will.
     */
    public static final long PENDING_IMAGE_ID = 999_999_999_999_999_999L;

    private static final Safelist SAFE = new Safelist()
            .addTags("p", "br", "b", "strong", "i", "em", "code", "pre", "ul", "ol", "li", "sub", "sup", "img")
            .addAttributes("img", "src", "alt")
            .addProtocols("img", "src", "image");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private RichText() {}

    /**
     * The text cleaned to the subset: disallowed tags and attributes removed (their text kept), images
     * without an {@code image:} source removed, every image given an {@code alt}; line breaks typed outside
     * {@code <pre>} become {@code <br>}, and blank text between list items goes.
     */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFE, OUTPUT));
        doc.outputSettings(OUTPUT);
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            if (imageId(src).isEmpty()) {
                img.remove();
            } else if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
        }
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse(
                (NodeVisitor) (node, depth) -> {
                    if (node instanceof TextNode t) {
                        texts.add(t);
                    }
                },
                doc.body());
        for (TextNode t : texts) {
            breakLines(t);
        }
        return doc.body().html().strip();
    }

    private static void breakLines(TextNode t) {
        Node parent = t.parent();
        if (parent instanceof Element e && (e.is("ul") || e.is("ol"))) {
            if (t.isBlank()) {
                t.remove();
            }
            return;
        }
        if (parent instanceof Element e && (e.is("pre") || e.closest("pre") != null)) {
            return;
        }
        String text = t.getWholeText();
        if (!text.contains("\n")) {
            return;
        }
        String[] lines = text.split("\r?\n", -1);
        t.text(lines[0]);
        Node after = t;
        for (int i = 1; i < lines.length; i++) {
            Element br = new Element("br");
            after.after(br);
            after = br;
            if (!lines[i].isEmpty()) {
                TextNode rest = new TextNode(lines[i]);
                after.after(rest);
                after = rest;
            }
        }
    }

    /** The ids of the images a formatted text shows, in order. */
    public static Set<Long> imageIds(String html) {
        Set<Long> out = new LinkedHashSet<>();
        if (html == null || !html.contains(IMAGE_SCHEME)) {
            return out;
        }
        for (Element img : Jsoup.parseBodyFragment(html).select("img")) {
            imageId(img.attr("src")).ifPresent(out::add);
        }
        return out;
    }

    /** The id in {@code image:<id>}, if that is what {@code src} is. */
    public static Optional<Long> imageId(String src) {
        if (src == null || !src.startsWith(IMAGE_SCHEME)) {
            return Optional.empty();
        }
        String digits = src.substring(IMAGE_SCHEME.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /**
     * A formatted text ready for the browser: cleaned again, each {@code image:<id>} replaced by the URL
     * {@code url} gives for it.
     */
    public static String forDisplay(String html, LongFunction<String> url) {
        Document doc = Jsoup.parseBodyFragment(sanitise(html));
        doc.outputSettings(OUTPUT);
        for (Element img : doc.select("img")) {
            imageId(img.attr("src")).ifPresent(id -> img.attr("src", url.apply(id)));
        }
        return doc.body().html();
    }

    /**
     * The plain text of a formatted text, for places that show only text (a drop-down, a grid cell, an
     * export without HTML, a search): line breaks for {@code <br>}, paragraphs and list items, an image as its
     * {@code alt} in brackets.
     */
    public static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            out.append(t.getWholeText());
                        } else if (node instanceof Element e) {
                            if (e.is("br")) {
                                out.append('\n');
                            } else if (e.is("li")) {
                                newLine(out);
                                out.append("- ");
                            } else if (e.is("img")) {
                                out.append('[').append(e.attr("alt")).append(']');
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && (e.is("p") || e.is("li") || e.is("pre"))) {
                            newLine(out);
                        }
                    }
                },
                Jsoup.parseBodyFragment(html).body());
        return out.toString().strip();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** A text of a question as plain text: itself when {@code html} is false. */
    public static String plain(String text, boolean html) {
        return html ? plain(text) : text;
    }
}
