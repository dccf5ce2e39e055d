package org.quiztrainer.bank.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A reader of Anki's text import format (header lines, tab-separated, quoted fields), for the tests. */
public final class AnkiReader {

    public record AnkiFile(Map<String, String> headers, List<List<String>> rows) {}

    private AnkiReader() {}

    public static AnkiFile read(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length() && text.charAt(i) == '#') {
            int end = text.indexOf('\n', i);
            String line = text.substring(i + 1, end);
            headers.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1));
            i = end + 1;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.isEmpty())) {
                quoted = !quoted;
            } else if (!quoted && c == '\t') {
                row.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return new AnkiFile(headers, rows);
    }
}
