package org.quiztrainer.bank;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One row of {@code facts/models.csv}: the facts of one language model.
 *
 * @param id       the stable model id
 * @param name     the name as the survey spells it
 * @param open     whether the model is open source ({@code kind} is {@code open})
 * @param release  the month of release
 * @param paramsB  the size in billions of parameters, or {@code null} where unknown
 * @param line     the line of the row in the file
 */
public record ModelFact(
        String id,
        String name,
        boolean open,
        YearMonth release,
        BigDecimal paramsB,
        String baseModel,
        String corpus,
        String hardware,
        String trainingTime,
        String noteZh,
        String noteEn,
        int line) {

    /** The header the file must have, in this order. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "kind",
            "release",
            "params_b",
            "base_model",
            "corpus",
            "hardware",
            "training_time",
            "note_zh",
            "note_en");

    public ModelFact {
        if (!BankIds.isValid(id) || name == null || name.isBlank() || release == null) {
            throw new IllegalArgumentException("a model needs an id, a name and a release");
        }
        baseModel = orEmpty(baseModel);
        corpus = orEmpty(corpus);
        hardware = orEmpty(hardware);
        trainingTime = orEmpty(trainingTime);
        noteZh = orEmpty(noteZh);
        noteEn = orEmpty(noteEn);
    }

    /** The cell of a column as text, empty where the table has none; numbers without trailing zeros. */
    public String cell(String column) {
        return switch (column) {
            case "id" -> id;
            case "name" -> name;
            case "kind" -> open ? "open" : "closed";
            case "release" -> release.toString();
            case "params_b" ->
                paramsB == null ? "" : paramsB.stripTrailingZeros().toPlainString();
            case "base_model" -> baseModel;
            case "corpus" -> corpus;
            case "hardware" -> hardware;
            case "training_time" -> trainingTime;
            case "note_zh" -> noteZh;
            case "note_en" -> noteEn;
            default -> throw new IllegalArgumentException("unknown column " + column);
        };
    }

    /** The family of the model: its id up to the first hyphen ({@code gpt} for {@code gpt-neox}). */
    public String family() {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
