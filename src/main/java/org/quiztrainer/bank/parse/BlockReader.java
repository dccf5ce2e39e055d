package org.quiztrainer.bank.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.Location;

/**
 * Splits a bank text file into blocks. Comments start with {@code #} in the first column, a block
 * starts with {@code @kind id}, a field is {@code key: value}, and a line indented by two or more
 * spaces continues the previous field's value.
 */
final class BlockReader {

    private static final Pattern HEADER = Pattern.compile("@(\\S+)\\s+(\\S+)\\s*");
    private static final Pattern FIELD =
            Pattern.compile("([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9+-]*)?(?:\\.[a-z]+)?):(.*)");

    private BlockReader() {}

    /** Reads the blocks of a file, reporting lines that fit no rule and blocks of another kind. */
    static List<Block> read(String file, List<String> lines, String kind, Problems problems) {
        List<Block> blocks = new ArrayList<>();
        List<Block.Field> fields = null;
        String key = null;
        StringBuilder value = null;
        int keyLine = 0;
        boolean skipping = false;
        for (int i = 0; i < lines.size(); i++) {
            int no = i + 1;
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("  ") && key != null) {
                join(value, line.strip());
                continue;
            }
            if (key != null) {
                fields.add(new Block.Field(key, value.toString(), keyLine));
                key = null;
            }
            Matcher header = HEADER.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (line.startsWith("@")) {
                skipping = true;
                if (!header.matches()) {
                    problems.add(file, no, "bad block header '" + line.strip() + "': expected @" + kind + " <id>");
                    fields = null;
                } else if (!header.group(1).equals(kind)) {
                    problems.add(file, no, "unknown block kind @" + header.group(1) + " (expected @" + kind + ")");
                    fields = null;
                } else {
                    skipping = false;
                    fields = new ArrayList<>();
                    blocks.add(new Block(kind, header.group(2), new Location(file, no), fields));
                }
            } else if (field.matches() && fields != null) {
                key = field.group(1);
                value = new StringBuilder(field.group(2).strip());
                keyLine = no;
            } else if (field.matches()) {
                if (!skipping) {
                    problems.add(file, no, "field '" + field.group(1) + "' outside a block");
                }
            } else if (!skipping) {
                problems.add(
                        file,
                        no,
                        "cannot read line: expected '@" + kind + " <id>', 'key: value' or an indented continuation");
            }
        }
        if (key != null) {
            fields.add(new Block.Field(key, value.toString(), keyLine));
        }
        return blocks;
    }

    /** Joins a continuation: with a space, or with nothing when both sides are CJK. */
    private static void join(StringBuilder value, String more) {
        if (value.isEmpty()) {
            value.append(more);
            return;
        }
        boolean cjk = isCjk(value.codePointBefore(value.length())) && isCjk(more.codePointAt(0));
        value.append(cjk ? "" : " ").append(more);
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION.equals(block)
                || Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS.equals(block);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
