package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** Every problem and skip key the Anki formats use is in both bundles, with the same arguments. */
class AnkiMessagesTest {

    @Test
    void everyKeyIsTranslatedWithItsArguments() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern key = Pattern.compile("\"(import\\.(?:problem|skip)\\.anki\\.[a-z0-9-]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/quiztrainer/bank/io/anki"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        Properties en = load("translations.properties");
        Properties zh = load("translations_zh_CN.properties");
        assertThat(keys).hasSizeGreaterThan(25);
        for (String k : keys) {
            assertThat(en.getProperty(k)).as(k).isNotBlank();
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
            assertThat(placeholders(zh.getProperty(k))).as(k).isEqualTo(placeholders(en.getProperty(k)));
        }
        assertThat(AnkiMessages.english("import.problem.anki.zip-bomb", 200)).contains("200 times");
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = AnkiMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
