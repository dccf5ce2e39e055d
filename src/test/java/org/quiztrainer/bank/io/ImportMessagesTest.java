package org.quiztrainer.bank.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem, skip and note key the formats use has its text in English and Chinese, with the same
 * arguments, and no character that Java's message formatting would eat (an apostrophe, a literal brace).
 */
class ImportMessagesTest {

    private static final Pattern KEY =
            Pattern.compile("\"((?:import\\.(?:problem|skip|note)|export\\.(?:note|skip))\\.[a-z0-9.-]+)\"");
    private static final Pattern ARG = Pattern.compile("\\{(\\d)}");

    @Test
    void everyKeyUsedIsInBothBundles() throws IOException {
        Properties en = load("vaadin-i18n/translations.properties");
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/quiztrainer/bank/io"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(k -> {
            assertThat(en.getProperty(k)).as("English " + k).isNotBlank();
            assertThat(zh.getProperty(k)).as("Chinese " + k).isNotBlank();
        });
    }

    @Test
    void bothLanguagesTakeTheSameArgumentsAndNothingMessageFormatWouldEat() throws IOException {
        Properties en = load("vaadin-i18n/translations.properties");
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");
        for (String k : en.stringPropertyNames()) {
            if (!k.startsWith("import.") && !k.startsWith("export.")) {
                continue;
            }
            assertThat(args(zh.getProperty(k))).as(k).isEqualTo(args(en.getProperty(k)));
            for (String text : new String[] {en.getProperty(k), zh.getProperty(k)}) {
                String withoutArgs = ARG.matcher(text).replaceAll("");
                assertThat(withoutArgs).as(k).doesNotContain("'", "{", "}");
            }
        }
    }

    private static Set<String> args(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
