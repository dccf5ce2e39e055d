package org.quiztrainer.bank.io.moodle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An element of one Moodle XML question: its name, attributes, child elements and text. */
final class XmlNode {

    final String name;
    final int line;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    /** Set on a {@code <file>} whose content passed the media limit and was not kept. */
    boolean truncated;

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The first child of that name. */
    Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Every child of that name, in order. */
    List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The trimmed text of a child, or of the {@code <text>} inside it; empty when there is none. */
    String value(String childName) {
        return child(childName).map(XmlNode::textOrInner).orElse("");
    }

    /** The trimmed {@code <text>} child's text if there is one, else this element's own text. */
    String textOrInner() {
        return child("text")
                .map(t -> t.text.toString().strip())
                .orElse(text.toString().strip());
    }

    String attribute(String attributeName, String fallback) {
        return attributes.getOrDefault(attributeName, fallback);
    }
}
