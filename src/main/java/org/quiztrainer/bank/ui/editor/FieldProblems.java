package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.bank.DraftProblem;

/**
 * Shows each problem of a draft on its field: the fields of the form register under the names the services use
 * ({@code text.zh}, {@code choice.2.en}, {@code choices}), and a message goes to the field, or to the nearest
 * registered parent ({@code choice.2.en} to {@code choice.2}, then to {@code choices}), or else to the form's
 * general line. While the author types, only the fields they touched show their problems; after a save every one
 * does.
 */
final class FieldProblems {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final FieldLabels labels;
    private final FieldLabels.Translator t;
    private final ErrorLine general;

    FieldProblems(FieldLabels labels, FieldLabels.Translator t, ErrorLine general) {
        this.labels = labels;
        this.t = t;
        this.general = general;
    }

    /** Registers a field under its name. */
    void register(String name, HasValidation field) {
        fields.put(name, field);
    }

    /** Forgets the fields whose names start with {@code prefix} (the rows of a list that was rebuilt). */
    void forget(String prefix) {
        fields.keySet().removeIf(n -> n.startsWith(prefix));
        touched.removeIf(n -> n.startsWith(prefix));
    }

    /** Marks a field as edited by the author: its problems show from now on. */
    void touch(String name) {
        touched.add(name);
    }

    /** Forgets what was touched (another question opened). */
    void reset() {
        touched.clear();
    }

    /** Marks every field as edited (after a save attempt). */
    void touchAll() {
        touched.addAll(fields.keySet());
        touched.add("");
    }

    /** The message of a problem, naming its field. */
    String message(DraftProblem p) {
        Object[] args = new Object[p.args().size() + 1];
        args[0] = labels.label(p.field());
        for (int i = 0; i < p.args().size(); i++) {
            args[i + 1] = p.args().get(i);
        }
        return t.translate(p.key(), args);
    }

    /**
     * Shows the problems on their fields (the touched ones, unless {@code all}) and clears every other field.
     *
     * @return the fields that show a problem, in form order
     */
    List<HasValidation> show(List<DraftProblem> problems, boolean all) {
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        for (DraftProblem p : problems) {
            String target = target(p.field());
            if (!all && !isTouched(p.field(), target)) {
                continue;
            }
            if (target == null) {
                elsewhere.add(message(p));
            } else {
                messages.computeIfAbsent(fields.get(target), k -> new ArrayList<>())
                        .add(message(p));
            }
        }
        List<HasValidation> invalid = new ArrayList<>();
        for (HasValidation f : fields.values()) {
            List<String> m = messages.get(f);
            f.setErrorMessage(m == null ? null : String.join(" ", m));
            f.setInvalid(m != null);
            if (m != null) {
                invalid.add(f);
            }
        }
        general.setErrorMessage(elsewhere.isEmpty() ? null : String.join(" ", elsewhere));
        general.setInvalid(!elsewhere.isEmpty());
        return invalid;
    }

    /** Focuses the first field that shows a problem. */
    static void focusFirst(List<HasValidation> invalid) {
        invalid.stream().filter(f -> f instanceof Focusable<?>).findFirst().ifPresent(f -> ((Focusable<?>) f).focus());
        invalid.stream()
                .filter(f -> f instanceof Component)
                .findFirst()
                .ifPresent(f -> ((Component) f).scrollIntoView());
    }

    private boolean isTouched(String field, String target) {
        if (touched.contains("") || touched.contains(field) || (target != null && touched.contains(target))) {
            return true;
        }
        return touched.stream().anyMatch(n -> n.startsWith(field + "."));
    }

    /** The registered field a problem goes to: itself, or its nearest registered parent, or null. */
    private String target(String field) {
        String name = field;
        while (true) {
            if (fields.containsKey(name)) {
                return name;
            }
            String plural = plural(name);
            if (plural != null && fields.containsKey(plural)) {
                return plural;
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            name = name.substring(0, dot);
        }
    }

    private static String plural(String name) {
        return switch (name) {
            case "choice" -> "choices";
            case "item" -> "items";
            case "pair" -> "pairs";
            default -> null;
        };
    }
}
