package org.quiztrainer.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.account.InvalidInputException;

/** Drafts refused: every problem of every draft, each on its field. Nothing was saved. */
public class DraftsRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<DraftProblem> problems;

    public DraftsRefusedException(List<DraftProblem> problems) {
        super(firstPerField(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in draft and field order. */
    public List<DraftProblem> problems() {
        return problems;
    }

    private static Map<String, String> firstPerField(List<DraftProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        problems.forEach(p -> out.putIfAbsent(p.field(), p.key()));
        return out;
    }
}
