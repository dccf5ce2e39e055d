package org.quiztrainer.bank.parse;

import java.util.ArrayList;
import java.util.List;

/** A reader of RFC 4180 CSV that keeps the line each record starts on. */
final class CsvRecords {

    /** One record: its fields and the 1-based line where it starts. */
    record CsvRecord(List<String> fields, int line) {}

    private CsvRecords() {}

    /**
     * Splits CSV text into records. Quoted fields may hold commas, doubled quotes and line breaks;
     * blank lines are skipped. An unterminated quote is reported.
     */
    static List<CsvRecord> read(String file, String text, Problems problems) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        int line = 1;
        int start = 1;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                blank = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(new CsvRecord(List.copyOf(fields), start));
                }
                fields.clear();
                field.setLength(0);
                blank = true;
                line++;
                start = line;
            } else {
                field.append(c);
                blank = false;
            }
        }
        if (quoted) {
            problems.add(file, start, "unterminated quoted field");
        } else if (!blank || field.length() > 0) {
            fields.add(field.toString());
            records.add(new CsvRecord(List.copyOf(fields), start));
        }
        return records;
    }
}
