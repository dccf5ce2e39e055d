package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.ModelFact;

/** Reads {@code facts/models.csv}: checks the header and every cell of every row. */
final class ModelTableParser {

    private static final Pattern RELEASE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private ModelTableParser() {}

    static List<ModelFact> parse(String file, String text, Problems problems) {
        List<CsvRecords.CsvRecord> records = CsvRecords.read(file, text, problems);
        List<ModelFact> models = new ArrayList<>();
        if (records.isEmpty()) {
            problems.add(file, 1, "CSV header missing: expected " + String.join(",", ModelFact.COLUMNS));
            return models;
        }
        CsvRecords.CsvRecord header = records.get(0);
        if (!header.fields().stream().map(String::strip).toList().equals(ModelFact.COLUMNS)) {
            problems.add(
                    file,
                    header.line(),
                    "CSV header wrong: expected exactly " + String.join(",", ModelFact.COLUMNS) + " but found "
                            + String.join(",", header.fields()));
            return models;
        }
        Set<String> ids = new HashSet<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            row(file, record, problems).ifPresent(m -> {
                if (!ids.add(m.id())) {
                    problems.add(file, record.line(), "duplicate id '" + m.id() + "'");
                }
                models.add(m);
            });
        }
        return models;
    }

    private static Optional<ModelFact> row(String file, CsvRecords.CsvRecord record, Problems problems) {
        List<String> f = record.fields().stream().map(String::strip).toList();
        int line = record.line();
        if (f.size() != ModelFact.COLUMNS.size()) {
            problems.add(file, line, "row has " + f.size() + " cells, expected " + ModelFact.COLUMNS.size());
            return Optional.empty();
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
        if (f.get(9).isEmpty() != f.get(10).isEmpty()) {
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
                f.get(9),
                f.get(10),
                line));
    }
}
