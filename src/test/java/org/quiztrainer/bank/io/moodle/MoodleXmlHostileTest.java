package org.quiztrainer.bank.io.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.IoFixtures;

/** Hostile and broken Moodle XML: refused or reported, never an entity resolved, memory bounded. */
class MoodleXmlHostileTest {

    @TempDir
    Path dir;

    private final MoodleXmlFormat moodle = new MoodleXmlFormat();

    private static final String QUESTION = "<question type=\"truefalse\"><name><text>q</text></name>"
            + "<questiontext format=\"html\"><text>%s</text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question>";

    private ImportSource file(String name, String xml) {
        return IoFixtures.text(dir, name, xml);
    }

    private void assertRefused(ImportSource source, String key) {
        assertThatThrownBy(() -> moodle.read(source, org.quiztrainer.bank.io.ImportOptions.DEFAULTS))
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<quiz>" + QUESTION.formatted("&xxe;") + "</quiz>";

        assertRefused(file("xxe.xml", xml), "import.problem.moodle.doctype");
    }

    @Test
    void anExternalDtdIsNotFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz SYSTEM \"http://127.0.0.1:9/quiz.dtd\">\n<quiz>"
                + QUESTION.formatted("x") + "</quiz>";

        assertRefused(file("dtd.xml", xml), "import.problem.moodle.doctype");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE quiz [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "<quiz>" + QUESTION.formatted("&l9;") + "</quiz>";

        assertRefused(file("lol.xml", xml), "import.problem.moodle.doctype");
    }

    @Test
    void deepNestingIsRefusedWithoutRecursion() throws IOException {
        Path deep = dir.resolve("deep.xml");
        try (OutputStream out = Files.newOutputStream(deep)) {
            out.write("<quiz><question type=\"truefalse\">".getBytes(StandardCharsets.UTF_8));
            byte[] open = "<a>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200_000; i++) {
                out.write(open);
            }
        }

        assertRefused(new ImportSource(deep, "deep.xml"), "import.problem.moodle.too-deep");
    }

    @Test
    void aHugeQuestionTextIsRefused() throws IOException {
        Path big = dir.resolve("big.xml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<quiz><question type=\"truefalse\"><questiontext><text>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "z".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write("</text></questiontext></question></quiz>".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(new ImportSource(big, "big.xml"), "import.problem.moodle.question-too-large");
    }

    @Test
    void anEmbeddedFilePastTheMediaLimitIsSkippedNotKept() throws IOException {
        Path big = dir.resolve("file.xml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(("<quiz><question type=\"truefalse\"><name><text>q</text></name><questiontext format=\"html\">"
                            + "<text>&lt;img src=\"@@PLUGINFILE@@/a.png\"&gt;</text><file name=\"a.png\" encoding=\"base64\">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "QUFB".repeat(256 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 4; i++) {
                out.write(chunk);
            }
            out.write(("</file></questiontext><answer fraction=\"100\"><text>true</text></answer>"
                            + "<answer fraction=\"0\"><text>false</text></answer></question></quiz>")
                    .getBytes(StandardCharsets.UTF_8));
        }

        ImportDocument doc = IoFixtures.read(moodle, new ImportSource(big, "file.xml"));

        assertThat(doc.media()).isEmpty();
        assertThat(keys(doc.skipped())).containsExactly("import.skip.moodle.file-too-large");
        assertThat(doc.items()).hasSize(1);
        assertThat(keys(doc.notes())).contains("import.note.moodle.missing-file");
    }

    @Test
    void malformedXmlIsAProblemOnItsLineAfterTheGoodQuestions() {
        String xml = "<quiz>\n" + QUESTION.formatted("fine")
                + "\n<question type=\"truefalse\">\n<name><text>x</name>\n</quiz>";

        ImportDocument doc = IoFixtures.read(moodle, file("broken.xml", xml));

        assertThat(doc.items()).hasSize(1);
        assertThat(keys(doc.problems())).containsExactly("import.problem.moodle.malformed");
        assertThat(doc.problems().get(0).where().line()).isEqualTo(4);
    }

    @Test
    void aFileThatIsNotAQuizIsRefused() {
        assertRefused(file("page.xml", "<html><body>hello</body></html>"), "import.problem.moodle.not-a-quiz");
    }

    @Test
    void badAnswersAreProblems() {
        String xml = "<quiz><question type=\"multichoice\"><name><text>one</text></name>"
                + "<questiontext><text>Only one?</text></questiontext><answer fraction=\"100\"><text>a</text></answer></question>"
                + "<question type=\"numerical\"><name><text>nan</text></name><questiontext><text>How many?</text></questiontext>"
                + "<answer fraction=\"100\"><text>lots</text></answer></question></quiz>";

        ImportDocument doc = IoFixtures.read(moodle, file("bad.xml", xml));

        assertThat(keys(doc.problems()))
                .containsExactly("import.problem.moodle.too-few-answers", "import.problem.moodle.not-a-number");
    }
}
