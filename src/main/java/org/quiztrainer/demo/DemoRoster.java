package org.quiztrainer.demo;

import java.util.Map;
import java.util.Set;
import org.quiztrainer.srs.workload.StudyHabits;

/**
 * How each learner of the demo class studies. Two learn slowly (ability about half the model's), two stopped
 * studying more than a week ago, so the class view has learners at risk; one joined a month late; some missed
 * a quiz; the rest differ in diligence, pace and the hour they study.
 */
final class DemoRoster {

    private static final Map<String, StudyHabits> HABITS = Map.ofEntries(
            habits("learner", 1.0, 0.85, 6, 19, 0, 0),
            habits("wangfang", 1.35, 0.95, 7, 20, 0, 0),
            habits("liwei", 0.95, 0.8, 6, 21, 0, 0),
            habits("zhangmin", 0.5, 0.45, 4, 19, 0, 0),
            habits("liuyang", 1.1, 0.6, 5, 22, 0, 11),
            habits("chenjing", 1.6, 0.9, 8, 7, 0, 0),
            habits("yanglei", 0.8, 0.5, 4, 23, 30, 0),
            habits("emma", 1.2, 0.9, 7, 18, 0, 0),
            habits("liam", 0.45, 0.35, 2, 20, 0, 0),
            habits("olivia", 1.0, 0.85, 6, 17, 0, 0),
            habits("noah", 0.9, 0.55, 5, 21, 0, 9),
            habits("sophia", 1.25, 0.8, 6, 12, 0, 0),
            habits("lucas", 0.75, 0.7, 5, 22, 0, 0));

    /** The closed quizzes (by index) each learner missed. */
    private static final Map<String, Set<Integer>> MISSED =
            Map.of("liam", Set.of(1), "zhangmin", Set.of(0), "lucas", Set.of(1), "noah", Set.of(0));

    private DemoRoster() {}

    /** Whether the learner missed the closed quiz of this index. */
    static boolean missed(String username, int quiz) {
        return MISSED.getOrDefault(username, Set.of()).contains(quiz);
    }

    /** The habits of a demo learner (an average learner for a name not on the roster). */
    static StudyHabits of(String username) {
        return HABITS.getOrDefault(username, new StudyHabits(1.0, 0.8, 6, 19, 0, 0, seed(username)));
    }

    private static Map.Entry<String, StudyHabits> habits(
            String username, double ability, double share, int newPerDay, int hour, int firstDay, int restAtEnd) {
        return Map.entry(
                username, new StudyHabits(ability, share, newPerDay, hour, firstDay, restAtEnd, seed(username)));
    }

    private static long seed(String username) {
        return 2026L * 1000 + username.hashCode();
    }
}
