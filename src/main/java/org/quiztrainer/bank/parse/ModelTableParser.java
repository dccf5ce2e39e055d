package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.ModelFact;

/**
 * Reads {@code facts/models.csv}: checks the header and every cell of every row. A table written
 * before the {@code flags} column existed (the same header without it) is read with no flags.
 */
final class ModelTableParser {

    private static final Pattern RELEASE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern CAVEAT = Pattern.compile("([a-z_]+):([a-z-]+)");
    private static final Pattern ALSO_TRUE = Pattern.compile("([a-z_]+)=(.+)");
    private static final List<String> WITHOUT_FLAGS =
            ModelFact.COLUMNS.stream().filter(c -> !c.equals("flags")).toList();
    private static final Map<String, Set<String>> CAVEAT_COLUMNS = Map.of(
            "company", Set.of("name"),
            "undisclosed", Set.of("params_b", "corpus", "hardware", "training_time"),
            "moe", Set.of("params_b"),
            "largest-public", Set.of("params_b"),
            "largest", Set.of("params_b"),
            "from-base", Set.of("training_time"));
    private static final Set<String> VALUE_COLUMNS =
            Set.of("release", "params_b", "base_model", "corpus", "hardware", "training_time");

    private ModelTableParser() {}

    static List<ModelFact> parse(String file, String text, Problems problems) {
        List<CsvRecords.CsvRecord> records = CsvRecords.read(file, text, problems);
        List<ModelFact> models = new ArrayList<>();
        if (records.isEmpty()) {
            problems.add(file, 1, "CSV header missing: expected " + String.join(",", ModelFact.COLUMNS));
            return models;
        }
        CsvRecords.CsvRecord header = records.get(0);
        List<String> names = header.fields().stream().map(String::strip).toList();
        if (!names.equals(ModelFact.COLUMNS) && !names.equals(WITHOUT_FLAGS)) {
            problems.add(
                    file,
                    header.line(),
                    "CSV header wrong: expected exactly " + String.join(",", ModelFact.COLUMNS) + " but found "
                            + String.join(",", header.fields()));
            return models;
        }
        Set<String> ids = new HashSet<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            row(file, record, names, problems).ifPresent(m -> {
                if (!ids.add(m.id())) {
                    problems.add(file, record.line(), "duplicate id '" + m.id() + "'");
                }
                models.add(m);
            });
        }
        return models;
    }

    private static Optional<ModelFact> row(
            String file, CsvRecords.CsvRecord record, List<String> header, Problems problems) {
        List<String> cells = record.fields().stream().map(String::strip).toList();
        int line = record.line();
        if (cells.size() != header.size()) {
            problems.add(file, line, "row has " + cells.size() + " cells, expected " + header.size());
            return Optional.empty();
        }
        List<String> f = new ArrayList<>(cells);
        if (header.size() < ModelFact.COLUMNS.size()) {
            f.add(ModelFact.COLUMNS.indexOf("flags"), "");
        }
        int before = problems.size();
        if (!BankIds.isValid(f.get(0))) {
            problems.add(file, line, QuestionParser.badId(f.get(0)));
        }
        if (f.get(1).isEmpty()) {
            problems.add(file, line, "empty name for model '" + f.get(0) + "'");
        }
        if (!f.get(2).equals("open") && !f.get(2).equals("closed")) {
            problems.add(file, line, "bad kind '" + f.get(2) + "': expected open or closed");
        }
        if (!RELEASE.matcher(f.get(3)).matches()) {
            problems.add(file, line, "bad release '" + f.get(3) + "': expected YYYY-MM");
        }
        BigDecimal params = null;
        if (!f.get(4).isEmpty()) {
            try {
                params = new BigDecimal(f.get(4));
                if (params.signum() <= 0) {
                    problems.add(file, line, "bad params_b '" + f.get(4) + "': must be positive");
                }
            } catch (NumberFormatException e) {
                problems.add(file, line, "bad params_b '" + f.get(4) + "': expected a number in billions");
            }
        }
        List<String> flags = flags(file, line, f, problems);
        if (f.get(10).isEmpty() != f.get(11).isEmpty()) {
            problems.add(file, line, "missing language: note_zh and note_en are both given or both empty");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ModelFact(
                f.get(0),
                f.get(1),
                f.get(2).equals("open"),
                YearMonth.parse(f.get(3)),
                params,
                f.get(5),
                f.get(6),
                f.get(7),
                f.get(8),
                flags,
                f.get(10),
                f.get(11),
                line));
    }

    /** The entries of the flags cell, each checked: a known caveat on a column it fits, or column=value. */
    private static List<String> flags(String file, int line, List<String> f, Problems problems) {
        String cell = f.get(ModelFact.COLUMNS.indexOf("flags"));
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String raw : cell.split("\\|")) {
            String entry = raw.strip();
            Matcher caveat = CAVEAT.matcher(entry);
            Matcher also = ALSO_TRUE.matcher(entry);
            String column;
            if (caveat.matches()) {
                column = caveat.group(1);
                Set<String> fits = CAVEAT_COLUMNS.get(caveat.group(2));
                if (fits == null) {
                    problems.add(
                            file,
                            line,
                            "bad flag '" + entry + "': unknown caveat '" + caveat.group(2) + "' (known: "
                                    + String.join(", ", ModelFact.FLAGS) + ")");
                    continue;
                }
                if (!fits.contains(column)) {
                    problems.add(
                            file,
                            line,
                            "bad flag '" + entry + "': '" + caveat.group(2) + "' is for "
                                    + String.join(" or ", new java.util.TreeSet<>(fits)));
                    continue;
                }
                if (caveat.group(2).equals("from-base") && f.get(5).isEmpty()) {
                    problems.add(file, line, "bad flag '" + entry + "': the row has no base_model");
                    continue;
                }
            } else if (also.matches() && VALUE_COLUMNS.contains(also.group(1))) {
                column = also.group(1);
                if (also.group(2).strip().equalsIgnoreCase(f.get(ModelFact.COLUMNS.indexOf(column)))) {
                    problems.add(file, line, "bad flag '" + entry + "': that is the cell's own value");
                    continue;
                }
            } else {
                problems.add(
                        file,
                        line,
                        "bad flag '" + entry + "': expected column:caveat (e.g. params_b:largest) or column=value");
                continue;
            }
            if (f.get(ModelFact.COLUMNS.indexOf(column)).isEmpty()) {
                problems.add(file, line, "bad flag '" + entry + "': the " + column + " cell is empty");
                continue;
            }
            out.add(entry);
        }
        return out;
    }
}
