package org.quiztrainer.bank.io.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Moodle's category paths, as GIFT's {@code $CATEGORY:} and Moodle XML's {@code <category>} write them:
 * names separated by {@code /}, a {@code /} inside a name doubled ({@code //}), optionally starting with a
 * context ({@code $course$}, {@code $system$}, {@code $module$}, {@code $cat1$}...) and the context's
 * {@code top} category, which are not topics.
 */
public final class CategoryPath {

    /** What a written path starts with: the course context and its top category. */
    public static final String PREFIX = "$course$/top/";

    private CategoryPath() {}

    /** The names of a path, outermost first, without the context and {@code top}. */
    public static List<String> parse(String path) {
        List<String> names = names(path);
        if (!names.isEmpty() && names.get(0).matches("\\$[a-z0-9]+\\$")) {
            names.remove(0);
            if (!names.isEmpty() && names.get(0).equals("top")) {
                names.remove(0);
            }
        } else if (!names.isEmpty() && names.get(0).equals("top")) {
            names.remove(0);
        }
        return names;
    }

    /** The names of a path as written, outermost first ({@code //} is a slash in a name). */
    public static List<String> names(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        String s = path.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                name.append('/');
                i++;
            } else if (c == '/') {
                add(names, name);
            } else {
                name.append(c);
            }
        }
        add(names, name);
        return names;
    }

    /** Names joined as a path without context ({@code A/B}), a slash in a name doubled. */
    public static String join(List<String> names) {
        return String.join(
                "/", names.stream().map(n -> n.strip().replace("/", "//")).toList());
    }

    /** A path for {@code names} under the course's top category. */
    public static String format(List<String> names) {
        StringBuilder out = new StringBuilder("$course$/top");
        for (String n : names) {
            out.append('/').append(n.strip().replace("/", "//"));
        }
        return out.toString();
    }

    private static void add(List<String> names, StringBuilder name) {
        String n = name.toString().strip();
        if (!n.isEmpty()) {
            names.add(n);
        }
        name.setLength(0);
    }
}
