package org.quiztrainer.bank.io.moodle;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Streams a Moodle XML file one {@code <question>} at a time (StAX), so that memory holds one question, never
 * the file. Hostile XML is refused: any DTD (so no entity of any kind, internal or external: no XXE, no
 * billion laughs), nesting deeper than {@link ImportLimits#maxXmlDepth()}, a question whose text passes
 * four times {@link ImportLimits#maxLineChars()}, or more than 10,000 elements in one question. A
 * {@code <file>} past {@link ImportLimits#maxMediaBytes()} is not kept (marked truncated) but read on.
 */
final class MoodleXmlReader implements AutoCloseable {

    static final int MAX_ELEMENTS = 10_000;

    private final XMLStreamReader xml;
    private final ImportLimits limits;
    private int depth;
    private boolean inQuiz;

    MoodleXmlReader(InputStream in, ImportLimits limits) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        this.xml = factory.createXMLStreamReader(in);
        this.limits = limits;
    }

    /** The line the parser is at. */
    int line() {
        return xml.getLocation().getLineNumber();
    }

    /** The next {@code <question>} under {@code <quiz>}, or {@code null} at the end of the quiz. */
    XmlNode next() throws XMLStreamException, ImportLimitException {
        while (xml.hasNext()) {
            int event = xml.next();
            refuseEntities(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                String name = xml.getLocalName();
                if (depth == 1) {
                    if (!name.equals("quiz")) {
                        throw Messages.refusal(Where.line(line()), "import.problem.moodle.not-a-quiz", name);
                    }
                    inQuiz = true;
                } else if (depth == 2 && inQuiz && name.equals("question")) {
                    return question();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (!inQuiz) {
            throw Messages.refusal(Where.line(Math.max(1, line())), "import.problem.moodle.not-a-quiz", "");
        }
        return null;
    }

    private XmlNode question() throws XMLStreamException, ImportLimitException {
        XmlNode root = node();
        Deque<XmlNode> open = new ArrayDeque<>();
        open.push(root);
        long chars = 0;
        int elements = 1;
        while (!open.isEmpty()) {
            int event = xml.next();
            refuseEntities(event);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    enter();
                    if (++elements > MAX_ELEMENTS) {
                        throw Messages.refusal(
                                Where.line(root.line), "import.problem.moodle.question-too-large", root.line);
                    }
                    XmlNode child = node();
                    open.peek().children.add(child);
                    open.push(child);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    open.pop();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    XmlNode at = open.peek();
                    int n = xml.getTextLength();
                    if (at.name.equals("file")) {
                        if (at.text.length() + (long) n > limits.maxMediaBytes() * 4 / 3 + 4096) {
                            at.truncated = true;
                            at.text.setLength(0);
                        }
                        if (!at.truncated) {
                            at.text.append(xml.getTextCharacters(), xml.getTextStart(), n);
                        }
                    } else {
                        chars += n;
                        if (chars > 4L * limits.maxLineChars()) {
                            throw Messages.refusal(
                                    Where.line(root.line), "import.problem.moodle.question-too-large", root.line);
                        }
                        at.text.append(xml.getTextCharacters(), xml.getTextStart(), n);
                    }
                }
                default -> {}
            }
        }
        return root;
    }

    private XmlNode node() {
        XmlNode n = new XmlNode(xml.getLocalName(), line());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            n.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return n;
    }

    private void enter() throws ImportLimitException {
        if (++depth > limits.maxXmlDepth()) {
            throw Messages.refusal(Where.line(line()), "import.problem.moodle.too-deep", limits.maxXmlDepth());
        }
    }

    private void refuseEntities(int event) throws ImportLimitException {
        if (event == XMLStreamConstants.DTD
                || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw Messages.refusal(Where.line(line()), "import.problem.moodle.doctype");
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
