package org.quiztrainer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme's CSS is well formed: comments and blocks close, and no style rule opens inside another one. The browser
 * reads an unclosed rule as nesting and drops every rule after it without a word (one missing brace once left the
 * study, bank and editor pages unstyled).
 */
class ThemeCssTest {

    @Test
    void everyThemeStyleSheetClosesItsCommentsAndRules() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("frontend/themes"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path sheet : sheets) {
            problems.addAll(problems(sheet.toString(), Files.readString(sheet)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingBraceIsFoundWhereItIs() {
        String css = ".a {\n  color: red;\n\n.b {\n  color: blue;\n}\n";

        assertThat(problems("x.css", css)).contains("x.css:4: a rule opens inside the rule of line 1 (a missing '}'?)");
    }

    @Test
    void mediaBlocksMayHoldRules() {
        String css = "/* phone */\n@media (max-width: 600px) {\n  .a {\n    color: red;\n  }\n}\n";

        assertThat(problems("x.css", css)).isEmpty();
    }

    /** Where {@code css} leaves a comment or block open, closes one it did not open, or nests a style rule. */
    static List<String> problems(String name, String css) {
        List<String> out = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        StringBuilder prelude = new StringBuilder();
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    out.add(name + ":" + line + ": a comment that never closes");
                    return out;
                }
                line += (int)
                        css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else if (c == '{') {
                boolean atRule = prelude.toString().strip().startsWith("@");
                if (!open.isEmpty() && open.peek()[1] == 0) {
                    out.add(name + ":" + line + ": a rule opens inside the rule of line " + open.peek()[0]
                            + " (a missing '}'?)");
                }
                open.push(new int[] {line, atRule ? 1 : 0});
                prelude.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    out.add(name + ":" + line + ": a '}' that closes nothing");
                } else {
                    open.pop();
                }
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
            if (c == '\n') {
                line++;
            }
        }
        open.forEach(block -> out.add(name + ":" + block[0] + ": a block that never closes"));
        return out;
    }
}
