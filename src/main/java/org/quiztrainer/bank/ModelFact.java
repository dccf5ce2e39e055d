package org.quiztrainer.bank;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of {@code facts/models.csv}: the facts of one language model.
 *
 * @param id       the stable model id
 * @param name     the name as the survey spells it
 * @param open     whether the model is open source ({@code kind} is {@code open})
 * @param release  the month of release
 * @param paramsB  the size in billions of parameters, or {@code null} where unknown
 * @param flags    what the table says about its own cells, each {@code column:flag} (a caveat, e.g.
 *                 {@code params_b:moe}) or {@code column=value} (another value that is also true for
 *                 this row, never offered as a wrong answer); see {@link #FLAGS}
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
        List<String> flags,
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
            "flags",
            "note_zh",
            "note_en");

    /** The columns that hold facts a question may ask about (every column but the flags and notes). */
    public static final List<String> FACT_COLUMNS = COLUMNS.subList(0, COLUMNS.indexOf("flags"));

    /**
     * The caveats a cell may carry, in the order a template's variant key names them: the name is a
     * company's ({@code name:company}); a figure the survey lists but whose source is not disclosed
     * ({@code undisclosed}); the total of a sparse mixture-of-experts model, not comparable with dense
     * sizes ({@code params_b:moe}); the largest publicly released of several sizes
     * ({@code params_b:largest-public}); the largest of several sizes ({@code params_b:largest}); a
     * training time of fine-tuning or continued training from the base model
     * ({@code training_time:from-base}).
     */
    public static final List<String> FLAGS =
            List.of("company", "undisclosed", "moe", "largest-public", "largest", "from-base");

    public ModelFact {
        if (!BankIds.isValid(id) || name == null || name.isBlank() || release == null) {
            throw new IllegalArgumentException("a model needs an id, a name and a release");
        }
        baseModel = orEmpty(baseModel);
        corpus = orEmpty(corpus);
        hardware = orEmpty(hardware);
        trainingTime = orEmpty(trainingTime);
        flags = flags == null ? List.of() : List.copyOf(flags);
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
            case "flags" -> String.join(" | ", flags);
            case "note_zh" -> noteZh;
            case "note_en" -> noteEn;
            default -> throw new IllegalArgumentException("unknown column " + column);
        };
    }

    /** The caveats of a column ({@code largest} for {@code params_b:largest}), in {@link #FLAGS} order. */
    public Set<String> caveats(String column) {
        Set<String> out = new LinkedHashSet<>();
        for (String flag : FLAGS) {
            if (flags.contains(column + ":" + flag)) {
                out.add(flag);
            }
        }
        return out;
    }

    /** The other values the table says are also true of a column ({@code corpus=825GB}). */
    public List<String> alsoTrue(String column) {
        return flags.stream()
                .filter(f -> f.startsWith(column + "="))
                .map(f -> f.substring(column.length() + 1).strip())
                .toList();
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
