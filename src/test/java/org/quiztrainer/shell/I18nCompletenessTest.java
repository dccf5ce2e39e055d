package org.quiztrainer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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

/** Every UI string exists in both bundles, and every key the code asks for exists. */
class I18nCompletenessTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate)\\(\\s*\"([a-zA-Z0-9_.-]+)\"|title\\s*=\\s*\"([a-z][a-zA-Z0-9_.-]+)\"");

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties en = load("vaadin-i18n/translations.properties");
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");

        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());

        assertThat(onlyEn).as("keys missing in zh_CN").isEmpty();
        assertThat(onlyZh).as("keys missing in en").isEmpty();
        assertThat(en.stringPropertyNames())
                .allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
        assertThat(zh.stringPropertyNames())
                .allSatisfy(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Properties en = load("vaadin-i18n/translations.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).as("keys found in the code").isNotEmpty();
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            boolean prefix = key.endsWith(".");
            if (prefix ? en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key)) : !en.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys used in code but missing in the bundles").isEmpty();
    }

    @Test
    void theChineseBundleIsReallyChinese() throws IOException {
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");
        long withHan = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k)
                        .codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHan).isGreaterThan(zh.size() * 9L / 10);
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
