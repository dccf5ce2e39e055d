package org.quiztrainer.bank.parse;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.BankProblem;
import org.quiztrainer.bank.Location;

/** Collects every problem found while reading the bank, so that one run reports them all. */
public final class Problems {

    private final List<BankProblem> found = new ArrayList<>();

    /** Records a problem at a file and line. */
    public void add(String file, int line, String reason) {
        BankProblem problem = new BankProblem(file, line, reason);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    /** Records a problem at a location. */
    public void add(Location at, String reason) {
        add(at.file(), at.line(), reason);
    }

    /** How many problems were found so far. */
    public int size() {
        return found.size();
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems found so far. */
    public List<BankProblem> list() {
        return List.copyOf(found);
    }
}
